/**
 * Text people name things with: names, titles, descriptions and external ids are shown in terminals, logs and
 * consoles, so they may not carry what a terminal or a renderer acts on instead of showing — C0 and C1
 * control characters (NUL, ESC sequences that move the cursor or change a window title) and the Unicode
 * marks that reorder what follows (U+202E RIGHT-TO-LEFT OVERRIDE makes `exe.txt` read `txt.exe`).
 */

/** The code points no such text may hold, as ranges: the bidirectional embeddings, overrides, isolates, marks. */
const REORDERING: readonly (readonly [number, number])[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];
/** C0 controls, DEL and C1 controls. */
const CONTROLS: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
];
/** The controls prose may not hold: all but tab, line feed and carriage return. */
const CONTROLS_BUT_LINE_BREAKS: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
];

/** A character class of code point ranges, written with escapes (no control character in the source). */
const classOf = (ranges: readonly (readonly [number, number])[], flags = 'u') =>
  new RegExp(
    `[${ranges.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`,
    flags,
  );

const UNSAFE = classOf([...CONTROLS, ...REORDERING]);
const UNSAFE_ALL = classOf([...CONTROLS, ...REORDERING], 'gu');
const UNSAFE_IN_PROSE = classOf([...CONTROLS_BUT_LINE_BREAKS, ...REORDERING]);

export const UNSAFE_TEXT_MESSAGE = 'must not contain control characters or bidirectional overrides';

/** Whether a one-line text (a name, a title, an id) is free of controls and reordering marks. */
export const isPlainText = (text: string): boolean => !UNSAFE.test(text);

/** Whether prose (a description) is: as a one-line text, but line breaks and tabs are allowed. */
export const isPlainProse = (text: string): boolean => !UNSAFE_IN_PROSE.test(text);

/**
 * The text with every control and reordering mark written out as `\u{…}`, for printing what was stored
 * before these were refused, or arrives from elsewhere: what a terminal shows is what the text is.
 */
export const escapeUnsafe = (text: string): string =>
  text.replace(UNSAFE_ALL, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
