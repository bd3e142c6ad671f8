import { DAY_MS } from './clock.js';
import { ValidationError } from './errors.js';

/**
 * Verification analytics: how many verifications each token had per hour, by outcome code, rolled up per
 * owner (site, workspace, project) and per identity. Verifiers count in memory and add their counts to the
 * store once a minute (and when they shut down), so analytics never cost a write per request.
 */

export const USAGE_GRANULARITIES = ['hour', 'day'] as const;
export type UsageGranularity = (typeof USAGE_GRANULARITIES)[number];

export const USAGE_BOUNDS = {
  /** The longest range one usage read covers. */
  maxRangeDays: 90,
  /** How long hourly counts are kept: the longest range, plus a margin for ranges that end in the past. */
  retentionDays: 100,
  /** How often a verifier adds its counts to the store. */
  flushIntervalMs: 60_000,
  /** Counters an instance keeps before flushing early (memory stays bounded under any token mix). */
  maxPendingCounters: 10_000,
} as const;

const HOUR_MS = 3_600_000;
const GRANULARITY_MS: Readonly<Record<UsageGranularity, number>> = { hour: HOUR_MS, day: DAY_MS };

/** Usage items' partitions in the Events table start with this (the authorizer may write only these). */
export const USAGE_PARTITION_PREFIX = 'usage#';

/** What a count is of: a token, an owner, or an identity. */
export type UsageSubject = `token#${string}` | `owner#${string}` | `identity#${string}`;

/** The subjects one verification of a token counts for. */
export const usageSubjectsOf = (token: {
  readonly tokenId: string;
  readonly ownerKey: string;
  readonly identityId?: string;
}): UsageSubject[] => [
  `token#${token.tokenId}`,
  `owner#${token.ownerKey}`,
  ...(token.identityId === undefined ? [] : [`identity#${token.identityId}` as const]),
];

/** The hour a moment falls in, as its sort key: `2026-11-28T13`. */
export const usageHourOf = (ms: number): string => new Date(ms - (ms % HOUR_MS)).toISOString().slice(0, 13);

/** The start of an hour key, in ms. */
export const usageHourStartMs = (hour: string): number => Date.parse(`${hour}:00:00.000Z`);

/** A range to read: whole buckets from `fromMs` (inclusive) to `toMs` (exclusive). */
export interface UsageRange {
  readonly fromMs: number;
  readonly toMs: number;
  readonly granularity: UsageGranularity;
}

/** Buckets a range has when the request names no start: a day of hours, or 30 days. */
const DEFAULT_BUCKETS: Readonly<Record<UsageGranularity, number>> = { hour: 24, day: 30 };

const ceilTo = (ms: number, step: number): number => (ms % step === 0 ? ms : ms - (ms % step) + step);

/**
 * The range a request asks for, in whole buckets: `from` rounded down and `to` up to the granularity (at
 * least one bucket). Absent `to` means up to now, its bucket included; absent `from`, the 24 hours or 30 days
 * before the end. 422 when `from` is after `to` or the range is longer than 90 days.
 */
export const usageRangeOf = (
  request: { readonly from?: string; readonly to?: string; readonly granularity?: UsageGranularity },
  now: Date,
): UsageRange => {
  const granularity = request.granularity ?? 'hour';
  const step = GRANULARITY_MS[granularity];
  const requestedTo = request.to === undefined ? now.getTime() : Date.parse(request.to);
  if (request.from !== undefined && Date.parse(request.from) > requestedTo) {
    throw ValidationError.forField('from', 'must not be after `to`');
  }
  // A given `to` ends the range (rounded up); without one, the range ends with the bucket now falls in.
  const endMs =
    request.to === undefined ? requestedTo - (requestedTo % step) + step : ceilTo(requestedTo, step);
  const fromMs =
    request.from === undefined
      ? endMs - DEFAULT_BUCKETS[granularity] * step
      : Date.parse(request.from) - (Date.parse(request.from) % step);
  const toMs = Math.max(endMs, fromMs + step);
  if (toMs - fromMs > USAGE_BOUNDS.maxRangeDays * DAY_MS) {
    throw ValidationError.forField('to', `a range covers ${USAGE_BOUNDS.maxRangeDays} days at most`);
  }
  return { fromMs, toMs, granularity };
};

/** Counts by outcome code. */
export type OutcomeCounts = Readonly<Record<string, number>>;

export interface UsageBucket {
  readonly start: string;
  readonly total: number;
  readonly counts: OutcomeCounts;
}

/** One bucket per step of the range, empty ones included (charts want every bar's place), with totals. */
export const usageBucketsOf = (
  range: UsageRange,
  hours: readonly { readonly hour: string; readonly counts: OutcomeCounts }[],
): { readonly buckets: UsageBucket[]; readonly totals: OutcomeCounts; readonly total: number } => {
  const step = GRANULARITY_MS[range.granularity];
  const byStart = new Map<number, Record<string, number>>();
  for (let at = range.fromMs; at < range.toMs; at += step) byStart.set(at, {});
  const totals: Record<string, number> = {};
  for (const { hour, counts } of hours) {
    const startMs = usageHourStartMs(hour);
    const bucket = byStart.get(startMs - (startMs % step));
    if (bucket === undefined) continue;
    for (const [code, count] of Object.entries(counts)) {
      bucket[code] = (bucket[code] ?? 0) + count;
      totals[code] = (totals[code] ?? 0) + count;
    }
  }
  const sum = (counts: OutcomeCounts) => Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    buckets: [...byStart].map(([startMs, counts]) => ({
      start: new Date(startMs).toISOString(),
      total: sum(counts),
      counts,
    })),
    totals,
    total: sum(totals),
  };
};
