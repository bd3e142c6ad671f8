import { describe, expect, it } from 'vitest';
import {
  changeBucketOf,
  changeCursorOf,
  changeEntriesOf,
  changeFeedLoadOf,
  changeSortKeyOf,
  DEFAULT_CHANGE_FEED_REPLICAS,
  oneReadCovers,
  PARTITION_LIMITS,
} from '../../../shared/domain/change-feed.js';

const at = (iso: string) => Date.parse(iso);

describe('Module: change feed', () => {
  it('writes each entry to every replica of its minute and the next, so one read of the current minute covers the last', () => {
    const entries = changeEntriesOf('a'.repeat(24), at('2026-11-27T20:15:59.500Z'), 2);
    expect(entries.map((entry) => entry.pk)).toEqual([
      'token-changes#2026-11-27T20:15#0',
      'token-changes#2026-11-27T20:15#1',
      'token-changes#2026-11-27T20:16#0',
      'token-changes#2026-11-27T20:16#1',
    ]);
    expect(entries[0]!.ttl).toBe(Math.floor(at('2026-11-28T20:15:59.500Z') / 1_000));
  });

  it('orders entries by time, after the cursor of any earlier moment', () => {
    const tokenId = 'f'.repeat(24);
    expect(
      changeSortKeyOf(at('2026-11-27T20:15:01.000Z'), tokenId) >
        changeCursorOf(at('2026-11-27T20:15:00.999Z')),
    ).toBe(true);
    expect(
      changeSortKeyOf(at('2026-11-27T20:15:01.000Z'), tokenId) >
        changeCursorOf(at('2026-11-27T20:15:01.000Z')),
    ).toBe(true);
    expect(
      changeSortKeyOf(at('2026-11-27T20:15:00.999Z'), tokenId) >
        changeCursorOf(at('2026-11-27T20:15:01.000Z')),
    ).toBe(false);
  });

  it('covers a gap with one read only while the cursor is in this minute or the one before', () => {
    expect(oneReadCovers(at('2026-11-27T20:15:00.000Z'), at('2026-11-27T20:16:59.999Z'))).toBe(true);
    expect(oneReadCovers(at('2026-11-27T20:14:59.999Z'), at('2026-11-27T20:16:00.000Z'))).toBe(false);
    expect(changeBucketOf(at('2026-11-27T20:16:00.000Z'), 3)).toBe('token-changes#2026-11-27T20:16#3');
  });

  it('spreads readers over K replicas: at 10,000 instances the default keeps a partition under its limit', () => {
    const load = changeFeedLoadOf(10_000, 10, DEFAULT_CHANGE_FEED_REPLICAS);
    expect(load.readUnitsPerPartitionPerSecond).toBe(1_250);
    expect(load.readUnitsPerPartitionPerSecond).toBeLessThan(PARTITION_LIMITS.readUnits / 2);
    expect(changeFeedLoadOf(10_000, 10, 1).readUnitsPerPartitionPerSecond).toBeGreaterThan(
      PARTITION_LIMITS.readUnits,
    );
    expect(load.writeUnitsPerPartitionPerSecond).toBeLessThan(PARTITION_LIMITS.writeUnits);
  });
});
