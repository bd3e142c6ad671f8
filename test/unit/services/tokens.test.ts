import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../shared/domain/clock.js';
import { ConflictError } from '../../../shared/domain/errors.js';
import type { TokenRecord } from '../../../shared/domain/token.js';
import { TokenExpiry } from '../../../shared/services/tokens/token-expiry.js';
import { toTokenView } from '../../../shared/services/tokens/token-view.js';
import type { TransactionStep } from '../../../shared/store/transact.js';

const NOW = new Date('2026-06-01T00:00:00.000Z');

const tokenOf = (overrides: Partial<TokenRecord> = {}): TokenRecord => ({
  tokenId: 'a'.repeat(24),
  kind: 'site',
  ownerType: 'site',
  ownerId: 'b'.repeat(24),
  ownerKey: `site#${'b'.repeat(24)}`,
  name: 'unit',
  status: 'active',
  hash: 'hash',
  pepperVersion: 1,
  start: 'kws_aaaa',
  createdAt: '2025-01-01T00:00:00.000Z',
  createdBy: 'p',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

describe('Service: token views', () => {
  it('decides the status against the clock and adds the fields of its kind under their seed names', () => {
    const delivery = tokenOf({
      kind: 'delivery',
      name: 'CDN',
      environmentId: 'production',
      restrictions: {
        ipRestrictionsEnabled: true,
        ipValues: ['10.0.0.0/8'],
        secretKeyEnabled: false,
        requiredHeaders: {},
      },
    });
    const view = toTokenView(delivery, NOW) as unknown as Record<string, unknown>;
    expect(view).toMatchObject({ title: 'CDN', environment: 'production', ipValues: ['10.0.0.0/8'] });
    expect(view).not.toHaveProperty('hash');
    const expired = toTokenView(tokenOf({ expiresAt: '2026-05-01T00:00:00.000Z' }), NOW);
    expect(expired.status).toBe('expired');
    expect(Object.keys(toTokenView(tokenOf(), NOW))).not.toContain('title');
  });
});

/** The expiry's ports, recorded: what it wrote and what news it sent. */
const expiryWith = (tokens: TokenRecord[], refuse = new Set<string>()) => {
  const ended: string[] = [];
  const notified: string[] = [];
  const expiry = new TokenExpiry({
    clock: new ManualClock(NOW),
    tokens: {
      allOfOwner: async () => tokens,
      endWithOwnerCounter: async (token) => {
        if (refuse.has(token.tokenId)) throw new ConflictError('ended meanwhile', 'token_not_active');
        ended.push(token.tokenId);
      },
    },
    events: { putStep: () => ({}) as TransactionStep },
    notifier: { expired: async (token) => void notified.push(token.tokenId) },
  });
  return { expiry, ended, notified };
};

describe('Service: token expiry', () => {
  const due = tokenOf({ tokenId: '1'.repeat(24), expiresAt: '2026-05-01T00:00:00.000Z' });
  const alive = tokenOf({ tokenId: '2'.repeat(24), expiresAt: '2026-07-01T00:00:00.000Z' });
  const revoked = tokenOf({
    tokenId: '3'.repeat(24),
    status: 'revoked',
    expiresAt: '2026-05-01T00:00:00.000Z',
  });

  it("expires only an owner's active tokens past their end, and tells of each", async () => {
    const { expiry, ended, notified } = expiryWith([due, alive, revoked]);
    expect(await expiry.expireDueTokensOf(due.ownerKey)).toBe(1);
    expect(ended).toEqual([due.tokenId]);
    expect(notified).toEqual([due.tokenId]);
  });

  it('counts a token another writer ended first as not expired, and sends no news of it', async () => {
    const { expiry, notified } = expiryWith([due], new Set([due.tokenId]));
    expect(await expiry.expire(due, NOW)).toBe(false);
    expect(notified).toEqual([]);
  });
});
