import { describe, expect, it } from 'vitest';
import { CHANGE_READ_LAG_MS, changeSortKeyOf } from '../../../shared/domain/change-feed.js';
import { ManualClock } from '../../../shared/domain/clock.js';
import type { TokenRecord } from '../../../shared/domain/token.js';
import type { ChangeFeedPage } from '../../../shared/store/change-feed-repository.js';
import { TokenCache } from '../../../shared/verify/token-cache.js';
import { VerificationCache } from '../../../shared/verify/verification-cache.js';

const record = (tokenId: string) => ({ tokenId, status: 'active' }) as unknown as TokenRecord;

/** A change feed in memory: entries by stamp; reads counted, failures on demand. */
const memoryFeed = () => {
  const entries: Array<{ atMs: number; tokenId: string }> = [];
  const reads: Array<{ cursorMs: number; nowMs: number }> = [];
  let failing = false;
  return {
    reads,
    change: (tokenId: string, atMs: number) => entries.push({ atMs, tokenId }),
    fail: (on: boolean) => {
      failing = on;
    },
    readSince: async (cursorMs: number, nowMs: number): Promise<ChangeFeedPage> => {
      reads.push({ cursorMs, nowMs });
      if (failing) throw new Error('feed unavailable');
      const changes = entries
        .filter((entry) => entry.atMs > cursorMs)
        .map(({ atMs, tokenId }) => ({ sk: changeSortKeyOf(atMs, tokenId), tokenId }));
      return { changes, truncated: false };
    },
  };
};

const setUp = (boundMs = 1_000) => {
  const clock = new ManualClock('2026-11-27T12:00:10.000Z');
  const feed = memoryFeed();
  const cache = new VerificationCache({ cache: new TokenCache({ clock }), feed, clock, boundMs });
  const load = (tokenId: string) => cache.set(tokenId, record(tokenId), cache.ticket());
  return { clock, feed, cache, load };
};

describe('Class: VerificationCache', () => {
  it('serves entries without reading the feed while they are younger than the bound', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    clock.advance(999);
    expect(await cache.get('a')).toEqual(record('a'));
    expect(feed.reads).toHaveLength(0);
  });

  it('does not trust an entry on a feed read that took longer than the bound', async () => {
    // Prepare: a feed read that answers only after the clock moved past the bound (a slow store)
    const { clock, feed, cache, load } = setUp();
    load('a');
    clock.advance(1_100);
    const readSince = feed.readSince;
    let answer: () => void = () => {};
    feed.readSince = (cursorMs, nowMs) => {
      // The store runs the query now, and its answer arrives when `answer()` is called.
      const result = readSince(cursorMs, nowMs);
      return new Promise((resolve) => {
        answer = () => resolve(result);
      });
    };

    // Act: the token changes after the query ran, and its answer arrives 1.5 s after the read began
    const served = cache.get('a');
    feed.change('a', clock.now().getTime() + 100);
    clock.advance(1_500);
    answer();

    // Assess: the store is read instead of the entry the slow read did not evict
    expect(await served).toBeUndefined();
  });

  it('evicts a token changed after it was cached at the first request past the bound', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    load('b');
    clock.advance(300);
    feed.change('a', clock.now().getTime());
    clock.advance(800);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toEqual(record('b'));
    expect(feed.reads).toHaveLength(1);
  });

  it('reads the feed at most once per second, however many tokens are asked for', async () => {
    const { clock, feed, cache, load } = setUp();
    for (let i = 0; i < 1_000; i += 1) load(`t${i}`);
    for (let step = 0; step < 50; step += 1) {
      clock.advance(100);
      await Promise.all(Array.from({ length: 1_000 }, (_, i) => cache.get(`t${i}`)));
    }
    // 5 seconds of traffic: the first read is due 1 s after loading, then one a second.
    expect(feed.reads.length).toBeLessThanOrEqual(5);
    expect(feed.reads.length).toBeGreaterThanOrEqual(4);
  });

  it('does not read the feed for entries that are not cached', async () => {
    const { clock, feed, cache } = setUp();
    clock.advance(5_000);
    expect(await cache.get('unknown')).toBeUndefined();
    expect(feed.reads).toHaveLength(0);
  });

  it('fails closed: when the feed cannot be read, entries older than the bound are not served', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    feed.fail(true);
    clock.advance(1_500);
    expect(await cache.get('a')).toBeUndefined();
    // A fresh store read is trusted again for the bound; the next attempt waits a second.
    load('a');
    expect(await cache.get('a')).toEqual(record('a'));
    expect(feed.reads).toHaveLength(1);
  });

  it('drops the whole cache when the last read is too old for one read to cover the gap', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    clock.advance(10 * 60_000);
    expect(await cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(feed.reads).toHaveLength(0);
  });

  it('applies an entry once even though overlapping reads return it again', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    clock.advance(1_001);
    feed.change('a', clock.now().getTime() - 10);
    expect(await cache.get('a')).toBeUndefined();
    load('a');
    clock.advance(1_001);
    expect(await cache.get('a')).toEqual(record('a'));
    expect(feed.reads[1]!.cursorMs).toBeLessThan(clock.now().getTime() - CHANGE_READ_LAG_MS);
  });

  it('does not cache a store read that started before an eviction (it may predate the change)', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    const ticket = cache.ticket();
    clock.advance(1_001);
    feed.change('a', clock.now().getTime() - 1);
    expect(await cache.get('a')).toBeUndefined();
    cache.set('a', record('a'), ticket);
    expect(await cache.get('a')).toBeUndefined();
  });

  it('trusts nothing read "in the future" when the clock is set back, and reads the feed again', async () => {
    const { clock, feed, cache, load } = setUp();
    clock.advance(60_000);
    load('a');
    clock.advance(1_001);
    expect(await cache.get('a')).toEqual(record('a'));
    expect(feed.reads).toHaveLength(1);
    clock.set('2026-11-27T12:00:12.000Z');
    feed.change('a', clock.now().getTime() - 1);
    expect(await cache.get('a')).toBeUndefined();
    expect(feed.reads).toHaveLength(1);
  });

  it('does not trust a feed read stamped before the clock went back once the clock catches up again', async () => {
    const { clock, feed, cache, load } = setUp();
    load('a');
    clock.advance(1_001);
    expect(await cache.get('a')).toEqual(record('a'));
    clock.advance(-1_001);
    load('a');
    feed.change('a', clock.now().getTime() + 100);
    clock.advance(1_101);
    expect(await cache.get('a')).toBeUndefined();
  });
});
