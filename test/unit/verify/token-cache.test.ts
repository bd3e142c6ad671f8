import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../shared/domain/clock.js';
import type { TokenRecord } from '../../../shared/domain/token.js';
import { TokenCache } from '../../../shared/verify/token-cache.js';

const record = { tokenId: 'a', lastUsedAt: undefined } as unknown as TokenRecord;

describe('Class: TokenCache', () => {
  it('keeps found items for the positive TTL and misses for the shorter negative TTL', () => {
    // Prepare
    const clock = new ManualClock();
    const cache = new TokenCache({ clock, positiveTtlMs: 5_000, negativeTtlMs: 1_000 });

    // Act
    cache.set('a', record);
    cache.set('b', undefined);

    // Assess
    expect(cache.get('a')).toBe(record);
    expect(cache.get('b')).toBeNull();
    clock.advance(1_001);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(record);
    clock.advance(4_000);
    expect(cache.get('a')).toBeUndefined();
  });

  it('is bounded: the least recently used entry goes first', () => {
    const cache = new TokenCache({ clock: new ManualClock(), maxEntries: 2 });
    cache.set('a', record);
    cache.set('b', record);
    cache.get('a');
    cache.set('c', record);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(record);
  });

  it('patches an entry without extending its life', () => {
    const clock = new ManualClock();
    const cache = new TokenCache({ clock, positiveTtlMs: 5_000 });
    cache.set('a', record);
    clock.advance(4_000);
    cache.patch('a', { lastUsedAt: '2026-01-01T00:00:04.000Z' });
    expect((cache.get('a') as TokenRecord | undefined)?.lastUsedAt).toBe('2026-01-01T00:00:04.000Z');
    clock.advance(1_001);
    expect(cache.get('a')).toBeUndefined();
  });
});
