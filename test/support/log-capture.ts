/**
 * Captures everything written to stdout and stderr (where the structured logger writes) so tests can
 * assert that no secret was ever logged.
 */
export interface LogCapture {
  readonly lines: () => readonly string[];
  readonly text: () => string;
  restore(): void;
}

export const captureLogs = (): LogCapture => {
  const captured: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const intercept = (chunk: unknown): boolean => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  process.stdout.write = intercept as typeof process.stdout.write;
  process.stderr.write = intercept as typeof process.stderr.write;
  return {
    lines: () =>
      captured
        .join('')
        .split('\n')
        .filter((line) => line !== ''),
    text: () => captured.join(''),
    restore: () => {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
};
