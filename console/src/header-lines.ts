/**
 * `name: value` lines to a header map. Only the first colon separates: values may hold colons themselves
 * (`x-signature: sha256:abc`, URLs).
 */
export const headersFromLines = (lines: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return colon === -1 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );
