import { effectiveStatus, type RecentSource, type TokenRecord, type TokenStatus } from './token.js';

/**
 * Finding tokens in an owner's inventory (GitLab's and GitHub's token filters): who made them, when, how
 * recently they were used. Applied in code, so a status is the one a view shows (an ended lifetime is
 * `expired` before the sweeper has marked it).
 */
export interface TokenFilter {
  /** Part of the name, in any case. */
  readonly name?: string;
  readonly status?: TokenStatus;
  /** The principal that created the token. */
  readonly createdBy?: string;
  readonly createdBefore?: string;
  readonly createdAfter?: string;
  /** Used, and last before this; a token never used does not match. */
  readonly lastUsedBefore?: string;
  readonly lastUsedAfter?: string;
  /** Not used for this many days: last used that long ago, or never used and created that long ago. */
  readonly unusedForDays?: number;
}

/** The filter's names, as list routes, the CLI's `--filter` and the console take them. */
export const TOKEN_FILTER_NAMES = [
  'name',
  'status',
  'createdBy',
  'createdBefore',
  'createdAfter',
  'lastUsedBefore',
  'lastUsedAfter',
  'unusedForDays',
] as const satisfies ReadonlyArray<keyof TokenFilter>;

const DAY_MS = 86_400_000;

const before = (at: string | undefined, bound: string | undefined): boolean =>
  bound === undefined || (at !== undefined && Date.parse(at) < Date.parse(bound));
const after = (at: string | undefined, bound: string | undefined): boolean =>
  bound === undefined || (at !== undefined && Date.parse(at) > Date.parse(bound));

export const isFiltering = (filter: TokenFilter): boolean =>
  TOKEN_FILTER_NAMES.some((name) => filter[name] !== undefined);

export const matchesTokenFilter = (token: TokenRecord, filter: TokenFilter, now: Date): boolean => {
  if (filter.name !== undefined && !token.name.toLowerCase().includes(filter.name.toLowerCase()))
    return false;
  if (filter.status !== undefined && effectiveStatus(token, now) !== filter.status) return false;
  if (filter.createdBy !== undefined && token.createdBy !== filter.createdBy) return false;
  if (!before(token.createdAt, filter.createdBefore) || !after(token.createdAt, filter.createdAfter))
    return false;
  if (!before(token.lastUsedAt, filter.lastUsedBefore) || !after(token.lastUsedAt, filter.lastUsedAfter))
    return false;
  if (filter.unusedForDays !== undefined) {
    const since = Date.parse(token.lastUsedAt ?? token.createdAt);
    if (now.getTime() - since < filter.unusedForDays * DAY_MS) return false;
  }
  return true;
};

/** The filter a query names (its other parameters, and absent ones, left out). */
export const tokenFilterOf = (
  query: {
    readonly [K in keyof TokenFilter]?: TokenFilter[K] | undefined;
  },
): TokenFilter =>
  Object.fromEntries(
    TOKEN_FILTER_NAMES.filter((name) => query[name] !== undefined).map((name) => [name, query[name]]),
  ) as TokenFilter;

export const RECENT_SOURCES = {
  /** Addresses a token remembers. */
  kept: 5,
  /** A use from an address not yet remembered is written at most this often per token and verifier. */
  newSourceWriteSeconds: 60,
} as const;

/** `sources` with `ip` used at `at` first: newest first, each address once, at most `RECENT_SOURCES.kept`. */
export const withRecentSource = (
  sources: readonly RecentSource[] | undefined,
  ip: string,
  at: string,
): RecentSource[] =>
  [{ ip, at }, ...(sources ?? []).filter((source) => source.ip !== ip)].slice(0, RECENT_SOURCES.kept);

export const isRecentSource = (sources: readonly RecentSource[] | undefined, ip: string): boolean =>
  sources?.some((source) => source.ip === ip) ?? false;
