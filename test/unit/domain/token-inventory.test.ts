import { describe, expect, it } from 'vitest';
import type { TokenRecord } from '../../../shared/domain/token.js';
import {
  isFiltering,
  matchesTokenFilter,
  RECENT_SOURCES,
  tokenFilterOf,
  withRecentSource,
} from '../../../shared/domain/token-inventory.js';

const now = new Date('2026-12-01T00:00:00.000Z');
const token = (fields: Partial<TokenRecord>): TokenRecord =>
  ({
    tokenId: 't1',
    kind: 'site',
    name: 'Deploy Bot',
    status: 'active',
    createdAt: '2026-06-01T00:00:00.000Z',
    createdBy: 'p1',
    ...fields,
  }) as TokenRecord;

describe('token inventory filters', () => {
  it('matches a name part in any case, a creator and a status as views show it', () => {
    expect(matchesTokenFilter(token({}), { name: 'bot', createdBy: 'p1', status: 'active' }, now)).toBe(true);
    expect(matchesTokenFilter(token({}), { name: 'ci' }, now)).toBe(false);
    expect(matchesTokenFilter(token({}), { createdBy: 'p2' }, now)).toBe(false);
    // An ended lifetime is expired before the sweeper has marked it.
    const ended = token({ expiresAt: '2026-11-30T00:00:00.000Z' });
    expect(matchesTokenFilter(ended, { status: 'expired' }, now)).toBe(true);
  });

  it('compares creation and last use with their bounds; a never-used token has no last use', () => {
    const used = token({ lastUsedAt: '2026-11-01T00:00:00.000Z' });
    expect(
      matchesTokenFilter(
        used,
        { createdAfter: '2026-05-01T00:00:00Z', createdBefore: '2026-07-01T00:00:00Z' },
        now,
      ),
    ).toBe(true);
    expect(matchesTokenFilter(used, { createdAfter: '2026-06-02T00:00:00Z' }, now)).toBe(false);
    expect(matchesTokenFilter(used, { lastUsedBefore: '2026-11-02T00:00:00Z' }, now)).toBe(true);
    expect(matchesTokenFilter(used, { lastUsedAfter: '2026-11-02T00:00:00Z' }, now)).toBe(false);
    expect(matchesTokenFilter(token({}), { lastUsedBefore: '2026-11-02T00:00:00Z' }, now)).toBe(false);
  });

  it('counts unused days from the last use, or from creation for a token never used', () => {
    const used = token({ lastUsedAt: '2026-11-01T00:00:00.000Z' });
    expect(matchesTokenFilter(used, { unusedForDays: 30 }, now)).toBe(true);
    expect(matchesTokenFilter(used, { unusedForDays: 31 }, now)).toBe(false);
    expect(matchesTokenFilter(token({}), { unusedForDays: 180 }, now)).toBe(true);
  });

  it('takes only the filter out of a query', () => {
    const filter = tokenFilterOf({ name: 'x', status: undefined, unusedForDays: 3 });
    expect(filter).toEqual({ name: 'x', unusedForDays: 3 });
    expect(isFiltering(filter)).toBe(true);
    expect(isFiltering(tokenFilterOf({}))).toBe(false);
  });
});

describe('recent sources', () => {
  it('keeps each address once, newest first, at most five', () => {
    let sources = withRecentSource(undefined, '203.0.113.1', 'a');
    for (const [i, ip] of ['203.0.113.2', '203.0.113.3', '203.0.113.1'].entries())
      sources = withRecentSource(sources, ip, `b${i}`);
    expect(sources).toEqual([
      { ip: '203.0.113.1', at: 'b2' },
      { ip: '203.0.113.3', at: 'b1' },
      { ip: '203.0.113.2', at: 'b0' },
    ]);
    for (let i = 10; i < 20; i += 1) sources = withRecentSource(sources, `198.51.100.${i}`, 'c');
    expect(sources).toHaveLength(RECENT_SOURCES.kept);
    expect(sources[0]!.ip).toBe('198.51.100.19');
  });
});
