import { UsageError } from './usage-error.js';

/** Parsers for the token flags; each turns a malformed flag into a usage error naming the flag. */

const pairsOf = (flag: string, values: readonly string[], separator = '='): [string, string][] =>
  values.map((value) => {
    const at = value.indexOf(separator);
    if (at <= 0 || at === value.length - 1)
      throw new UsageError(`${flag} expects name${separator}value, got "${value}"`);
    return [value.slice(0, at), value.slice(at + 1)];
  });

/** `--scope sites=read --scope cms=write` → `{ sites: 'read', cms: 'write' }`. */
export const parseScopes = (values: readonly string[]): Record<string, string> | undefined =>
  values.length === 0 ? undefined : Object.fromEntries(pairsOf('--scope', values));

/** `--permission article=find,findOne` → `{ article: ['find', 'findOne'] }`. */
export const parsePermissions = (values: readonly string[]): Record<string, string[]> | undefined =>
  values.length === 0
    ? undefined
    : Object.fromEntries(
        pairsOf('--permission', values).map(([type, actions]) => [type, actions.split(',')]),
      );

/** `--header x-app=web` → `{ 'x-app': 'web' }`. */
export const parseHeaders = (values: readonly string[]): Record<string, string> | undefined =>
  values.length === 0 ? undefined : Object.fromEntries(pairsOf('--header', values));

/** `--lifespan 30` → 30; `--lifespan unlimited` → null. */
export const parseLifespan = (value: string | undefined): number | null | undefined => {
  if (value === undefined) return undefined;
  if (value === 'unlimited' || value === 'none') return null;
  const days = Number(value);
  if (!Number.isInteger(days))
    throw new UsageError(`--lifespan expects days (7, 30, 90) or "unlimited", got "${value}"`);
  return days;
};

/** `--rate-limit 100/60` → `{ limit: 100, windowSeconds: 60 }`; `--rate-limit none` → null. */
export const parseRateLimit = (value: string | undefined) => {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (match === null)
    throw new UsageError(`--rate-limit expects <requests>/<seconds> or "none", got "${value}"`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
};

export const parseInteger =
  (flag: string) =>
  (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0)
      throw new UsageError(`${flag} expects a whole number, got "${value}"`);
    return number;
  };

/** Reads a secret from stdin (piped, or typed at a prompt), without echoing it in argv or shell history. */
export const readSecretFromStdin = async (prompt: string): Promise<string> => {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  const secret = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]!.trim();
  if (secret === '') throw new UsageError('Expected a value on stdin.');
  return secret;
};

/**
 * `--credits <n>` sets a balance, `--credits <n>/<amount> daily|monthly[@day]` one with a refill, `+<n>` tops up
 * atomically, `none` removes them.
 */
export const parseCredits = (value: string | undefined) => {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  const topUp = /^\+(\d+)$/.exec(value);
  if (topUp !== null) return { add: Number(topUp[1]) };
  const match = /^(\d+)(?:\/(\d+) (daily|monthly)(?:@(\d+))?)?$/.exec(value);
  if (match === null) {
    throw new UsageError(
      `--credits expects <n>, <n>/<amount> daily|monthly[@day], +<n> or "none", got "${value}"`,
    );
  }
  const [, remaining, amount, interval, day] = match;
  return {
    remaining: Number(remaining),
    ...(amount === undefined
      ? {}
      : {
          refill: {
            amount: Number(amount),
            interval: interval as 'daily' | 'monthly',
            ...(day === undefined ? {} : { dayOfMonth: Number(day) }),
          },
        }),
  };
};
