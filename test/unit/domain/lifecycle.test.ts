import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS } from '../../../shared/domain/clock.js';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import {
  endOfLife,
  expiryAttributes,
  isPastEndOfLife,
  sweepShardOf,
} from '../../../shared/domain/lifecycle.js';

const created = new Date('2026-03-01T12:00:00.000Z');
const tokenId = '0123456789abcdef0123456f';

describe('Module: lifecycle', () => {
  it('ends a site token 365 days after its last activity', () => {
    const attributes = expiryAttributes(tokenKinds.site, tokenId, created, undefined);
    expect(attributes.staleAt).toBe('2027-03-01T12:00:00.000Z');
    expect(isPastEndOfLife(attributes, new Date(created.getTime() + 365 * DAY_MS - 3_600_000))).toBe(false);
    expect(isPastEndOfLife(attributes, addDays(created, 365))).toBe(true);
  });

  it('shards the sweep day by token id and keeps the item 30 days past its end', () => {
    const attributes = expiryAttributes(tokenKinds.site, tokenId, created, undefined);
    expect(attributes.sweepShard).toBe(sweepShardOf(tokenId, attributes.staleAt!));
    expect(attributes.sweepShard).toMatch(/^2027-03-01#(1[0-5]|[0-9])$/);
    expect(attributes.ttl).toBe(Math.floor(addDays(new Date(attributes.staleAt!), 30).getTime() / 1000));
  });

  it('gives tokens that never expire no sweep shard and no ttl (they stay out of the sparse index)', () => {
    expect(expiryAttributes(tokenKinds.delivery, tokenId, created, undefined)).toEqual({});
    expect(expiryAttributes(tokenKinds.admin, tokenId, created, undefined)).toEqual({});
  });

  it('ends at the earlier of staleAt and expiresAt', () => {
    expect(endOfLife({ staleAt: '2027-01-01T00:00:00.000Z', expiresAt: '2026-06-01T00:00:00.000Z' })).toBe(
      '2026-06-01T00:00:00.000Z',
    );
    expect(endOfLife({})).toBeUndefined();
  });
});
