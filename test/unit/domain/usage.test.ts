import { describe, expect, it } from 'vitest';
import { usageBucketsOf, usageHourOf, usageRangeOf, usageSubjectsOf } from '../../../shared/domain/usage.js';

describe('usage ranges', () => {
  const now = new Date('2026-11-28T13:20:00.000Z');

  it('defaults to the 24 hours up to now, the current hour included', () => {
    const range = usageRangeOf({}, now);
    expect(new Date(range.toMs).toISOString()).toBe('2026-11-28T14:00:00.000Z');
    expect(new Date(range.fromMs).toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });

  it('defaults to 30 days for daily buckets, today included', () => {
    const range = usageRangeOf({ granularity: 'day' }, now);
    expect(new Date(range.toMs).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect((range.toMs - range.fromMs) / 86_400_000).toBe(30);
  });

  it('rounds a given range out to whole buckets, and gives at least one', () => {
    const range = usageRangeOf({ from: '2026-11-01T10:30:00.000Z', to: '2026-11-01T10:30:00.000Z' }, now);
    expect(new Date(range.fromMs).toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(new Date(range.toMs).toISOString()).toBe('2026-11-01T11:00:00.000Z');
  });

  it('accepts exactly 90 days and refuses more, and refuses a start after the end', () => {
    expect(() =>
      usageRangeOf(
        { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', granularity: 'day' },
        now,
      ),
    ).not.toThrow();
    expect(() =>
      usageRangeOf(
        { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:01.000Z', granularity: 'day' },
        now,
      ),
    ).toThrow(/90 days/);
    expect(() =>
      usageRangeOf({ from: '2026-01-02T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' }, now),
    ).toThrow(/after/);
  });
});

describe('usage buckets', () => {
  it('sums hours into days, fills empty buckets and totals by code', () => {
    const range = usageRangeOf(
      { from: '2026-11-01T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z', granularity: 'day' },
      new Date('2026-11-28T00:00:00.000Z'),
    );
    const { buckets, totals, total } = usageBucketsOf(range, [
      { hour: '2026-11-01T05', counts: { VALID: 2 } },
      { hour: '2026-11-01T23', counts: { VALID: 1, RATE_LIMITED: 4 } },
      { hour: '2026-11-03T00', counts: { EXPIRED: 1 } },
    ]);
    expect(buckets.map((bucket) => bucket.total)).toEqual([7, 0, 1]);
    expect(buckets[0]!.counts).toEqual({ VALID: 3, RATE_LIMITED: 4 });
    expect(totals).toEqual({ VALID: 3, RATE_LIMITED: 4, EXPIRED: 1 });
    expect(total).toBe(8);
  });

  it('counts a verification for its token, its owner and its identity', () => {
    expect(usageSubjectsOf({ tokenId: 't', ownerKey: 'site#s', identityId: 'i' })).toEqual([
      'token#t',
      'owner#site#s',
      'identity#i',
    ]);
    expect(usageHourOf(Date.parse('2026-11-28T13:59:59.999Z'))).toBe('2026-11-28T13');
  });
});
