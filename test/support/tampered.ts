/**
 * A token value with its last character changed, always to a different one, so its checksum is wrong in
 * every run (a fixed replacement is the same character now and then, and the "wrong" value is then valid).
 */
export const withWrongLastCharacter = (value: string): string =>
  `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`;
