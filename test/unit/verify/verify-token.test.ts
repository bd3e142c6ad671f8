import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StaticKeyProvider } from '../../../shared/crypto/key-provider.js';
import { hmacSecret } from '../../../shared/crypto/token-hasher.js';
import { ManualClock } from '../../../shared/domain/clock.js';
import type { TokenRecord } from '../../../shared/domain/token.js';
import { issueToken } from '../../../shared/domain/token-format.js';
import { TokenCache } from '../../../shared/verify/token-cache.js';
import { VerificationCache } from '../../../shared/verify/verification-cache.js';
import { type VerificationDependencies, verifyToken } from '../../../shared/verify/verify-token.js';

/** The pipeline over an in-memory item, counting pepper lookups (one per HMAC computed). */
const setUp = (overrides: Partial<TokenRecord> = {}) => {
  const pepper = randomBytes(32);
  const peppers = new StaticKeyProvider([{ version: 1, key: pepper }]);
  let hmacs = 0;
  const keys = {
    currentPepper: () => peppers.currentPepper(),
    pepper: (version: number) => peppers.pepper(version),
    loadedPepper: (version: number) => {
      hmacs += 1;
      return peppers.loadedPepper(version);
    },
  };
  const clock = new ManualClock('2026-06-01T00:00:00.000Z');
  const issued = issueToken('s');
  const record: TokenRecord = {
    tokenId: issued.tokenId,
    kind: 'site',
    ownerType: 'site',
    ownerId: 'b'.repeat(24),
    ownerKey: `site#${'b'.repeat(24)}`,
    name: 'unit',
    status: 'active',
    hash: hmacSecret(pepper, issued.secret).toString('base64url'),
    pepperVersion: 1,
    start: issued.start,
    createdAt: '2026-05-31T00:00:00.000Z',
    createdBy: 'p',
    updatedAt: '2026-05-31T00:00:00.000Z',
    lastUsedAt: '2026-05-31T23:59:00.000Z',
    ...overrides,
  };
  const deps: VerificationDependencies = {
    store: { get: async () => record, getIdentity: async () => undefined, touch: async () => true },
    keys,
    clock,
    touchIntervalSeconds: 3_600,
    cache: new VerificationCache({
      cache: new TokenCache({ clock }),
      feed: { readSince: async () => ({ changes: [], truncated: false }) },
      clock,
      boundMs: 1_000,
    }),
  };
  return { deps, issued, pepper, hmacs: () => hmacs };
};

describe('Function: verifyToken (cached secret digest)', () => {
  it('computes the HMAC once for a cached item, then compares digests', async () => {
    const { deps, issued, hmacs } = setUp();
    for (let i = 0; i < 100; i += 1) expect((await verifyToken(deps, issued.value)).code).toBe('VALID');
    expect(hmacs()).toBe(1);
  });

  it('still rejects another secret on the same id after the right one was proven', async () => {
    const { deps, issued } = setUp();
    await verifyToken(deps, issued.value);
    const forged = issueToken('s', issued.tokenId);
    expect((await verifyToken(deps, forged.value)).code).toBe('NOT_FOUND');
    expect((await verifyToken(deps, issued.value)).code).toBe('VALID');
  });

  it('does not let a proven current secret stand in for the previous one, nor the reverse', async () => {
    const previous = issueToken('s');
    const pepper = randomBytes(32);
    const { deps, issued } = setUp({
      previousHash: hmacSecret(pepper, previous.secret).toString('base64url'),
      previousPepperVersion: 1,
      previousHashUntil: '2026-06-01T01:00:00.000Z',
    });
    // The previous hash was made with another pepper, so the old value must fail either way.
    const old = issueToken('s', issued.tokenId);
    expect((await verifyToken(deps, issued.value)).code).toBe('VALID');
    expect((await verifyToken(deps, old.value)).code).toBe('NOT_FOUND');
  });

  it('judges lifecycle after a digest match: a revoked cached item is refused', async () => {
    const { deps, issued } = setUp({ status: 'revoked' });
    expect((await verifyToken(deps, issued.value)).code).toBe('REVOKED');
    expect((await verifyToken(deps, issued.value)).code).toBe('REVOKED');
  });
});
