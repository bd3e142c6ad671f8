import type { VerificationCode } from '../../shared/verify/outcome.js';

/** What the usage panel and its chart share: the API's usage answer, and a colour per outcome. */

export type Granularity = 'hour' | 'day';

/** A usage answer of the API (`GET …/usage`). */
export interface Usage {
  readonly granularity: Granularity;
  readonly total: number;
  readonly totals: Readonly<Partial<Record<string, number>>>;
  readonly buckets: readonly {
    readonly start: string;
    readonly total: number;
    readonly counts: Readonly<Partial<Record<string, number>>>;
  }[];
  readonly lastUsedAt?: string | null;
}

export type LoadUsage = (granularity: Granularity) => Promise<Usage>;

/**
 * A colour per outcome, in the order bars stack: allowed first (green), then refusals of the request (amber),
 * limits (blue, purple) and refusals of the token itself (reds and greys). Distinct at a glance, and the
 * table under the chart says the same in words.
 */
export const OUTCOME_COLOURS: Readonly<Record<VerificationCode, string>> = {
  VALID: '#1a7f37',
  INSUFFICIENT_SCOPE: '#bf8700',
  FORBIDDEN: '#9a6700',
  RATE_LIMITED: '#0969da',
  USAGE_EXCEEDED: '#8250df',
  NOT_FOUND: '#cf222e',
  REVOKED: '#82071e',
  EXPIRED: '#6e7781',
  DISABLED: '#424a53',
  MALFORMED: '#d1242f',
};

/** The outcomes a range has, in the order bars stack: one series, column and summary entry each. */
export const codesOf = (usage: Usage): VerificationCode[] =>
  (Object.keys(OUTCOME_COLOURS) as VerificationCode[]).filter((code) => (usage.totals[code] ?? 0) > 0);
