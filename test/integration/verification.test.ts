import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../shared/domain/clock.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import { REUSE_SETTLE_SECONDS } from '../../shared/domain/rotation.js';
import type { Actor } from '../../shared/services/directory/actor.js';
import { verifyToken } from '../../shared/verify/verify-token.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

describe('Integration: verifyToken on DynamoDB Local', () => {
  let kw: TestKeyward;
  let owner: Actor;
  let workspaceId: string;

  beforeAll(async () => {
    kw = await startTestKeyward();
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
    const { directory } = kw.keyward.runtime;
    workspaceId = (await directory.createWorkspace(owner, {}, { name: 'w', plan: 'free' })).id;
  });
  afterAll(async () => kw?.stop());

  /** A site token on a site of its own, so tests never meet the per-site limit. */
  const create = async (name: string) => {
    const site = await kw.keyward.runtime.directory.createSite(owner, {}, workspaceId, {
      displayName: name,
      shortName: 's',
    });
    const siteOwner = { kind: tokenKinds.site, ownerId: site.id };
    const issued = await kw.keyward.runtime.tokens.create(owner, {}, siteOwner, {
      name,
      scopes: { sites: 'read' },
    });
    return { ...issued, siteOwner };
  };
  const verify = (value: string) => verifyToken(kw.keyward.runtime.verification, value);

  it('accepts a fresh token and identifies it without revealing its hash', async () => {
    const issued = await create('fresh');
    const result = await verify(issued.token);
    expect(result).toMatchObject({
      valid: true,
      code: 'VALID',
      token: { id: issued.id, kind: 'site', ownerId: issued.ownerId },
    });
    expect(JSON.stringify(result)).not.toMatch(/hash/i);
  });

  it('answers NOT_FOUND for a wrong secret on a real id, like an unknown id', async () => {
    const issued = await create('wrong-secret');
    const other = await create('other');
    const forged = `${issued.token.slice(0, 29)}${other.token.slice(29)}`;
    // The forged string fails its checksum; recompute it so only the secret is wrong.
    const { checksumOf } = await import('../../shared/domain/token-format.js');
    const body = forged.slice(0, -6);
    expect((await verify(body + checksumOf(body))).code).toBe('NOT_FOUND');
  });

  it('records a use once per touch interval: 1,000 verifications, exactly 1 write', async () => {
    // Prepare
    const issued = await create('hot');
    kw.calls.reset();

    // Act
    for (let i = 0; i < 1_000; i += 1) await verify(issued.token);

    // Assess
    expect(kw.calls.counts()).toEqual({ GetItemCommand: 1_000, UpdateItemCommand: 1 });
    const stored = await kw.keyward.runtime.repositories.tokens.get(issued.id);
    expect(Date.parse(stored!.lastUsedAt!)).toBeGreaterThan(Date.parse(issued.createdAt));
  });

  it('remembers source addresses, writing a new one at most once a minute: 204 verifications from 9 addresses, 3 writes', async () => {
    // Prepare
    const issued = await create('travelling');
    // Without usage counting, whose once-a-minute flush would add writes of its own.
    const { usage: _counted, ...verification } = kw.keyward.runtime.verification;
    const from = (sourceIp: string) => verifyToken(verification, { token: issued.token, sourceIp });
    kw.calls.reset();

    // Act: a first use, a burst from seven more addresses within the minute, and two later uses
    await from('203.0.113.1');
    for (let i = 0; i < 199; i += 1) await from(`198.51.100.${i % 7}`);
    kw.clock.advance(61_000);
    await from('198.51.100.6');
    await from('198.51.100.6');
    kw.clock.advance(61_000);
    await from('203.0.113.1');
    await from('192.0.2.1');

    // Assess
    expect(kw.calls.counts().UpdateItemCommand).toBe(3);
    const stored = await kw.keyward.runtime.repositories.tokens.get(issued.id);
    expect(stored!.recentSources!.map((source) => source.ip)).toEqual([
      '192.0.2.1',
      '198.51.100.6',
      '203.0.113.1',
    ]);
    kw.clock.reset();
  });

  it('expires an unused site token at 365 days, not a moment before, and a use moves the end', async () => {
    // Prepare
    const issued = await create('aging');
    const start = Date.now();

    try {
      // Act & Assess
      kw.clock.set(new Date(start + 365 * DAY_MS - 3_600_000));
      expect((await verify(issued.token)).code).toBe('VALID');
      kw.clock.set(new Date(start + 365 * DAY_MS + 1));
      expect((await verify(issued.token)).code).toBe('VALID'); // the use above reset the inactivity window
      kw.clock.set(new Date(start + (365 * 2 - 1) * DAY_MS));
      expect((await verify(issued.token)).code).toBe('VALID');
      kw.clock.set(new Date(start + 365 * 3 * DAY_MS));
      expect((await verify(issued.token)).code).toBe('EXPIRED');
    } finally {
      kw.clock.reset();
    }
  });

  it('answers REVOKED after a revoke', async () => {
    const issued = await create('revoked');
    await kw.keyward.runtime.tokens.revoke(owner, {}, issued.siteOwner, issued.id);
    expect((await verify(issued.token)).code).toBe('REVOKED');
  });

  it('keeps the previous value valid during a regenerate grace period, then rejects it, and past the settle window revokes the token where reuse detection is on', async () => {
    const issued = await create('rotating');
    await kw.keyward.runtime.tokenPolicies.put(owner, {}, 'workspace', workspaceId, {
      reuseDetection: true,
      revealable: false,
    });
    const regenerated = await kw.keyward.runtime.tokens.regenerate(owner, {}, issued.siteOwner, issued.id, {
      gracePeriodSeconds: 60,
    });
    expect((await verify(issued.token)).code).toBe('VALID');
    expect((await verify(regenerated.token)).code).toBe('VALID');
    kw.clock.advance(61_000);
    try {
      expect((await verify(regenerated.token)).code).toBe('VALID');
      // Within the settle window after its grace: refused, as late traffic.
      expect((await verify(issued.token)).code).toBe('NOT_FOUND');
      kw.clock.advance(REUSE_SETTLE_SECONDS * 1_000);
      // Reuse detection: the rotated-out value after its grace revokes the whole token.
      expect((await verify(issued.token)).code).toBe('REVOKED');
      expect((await verify(regenerated.token)).code).toBe('REVOKED');
    } finally {
      kw.clock.reset();
    }
  });
});

describe('Integration: cached verification through the authorizer verifier', () => {
  let kw: TestKeyward;
  let owner: Actor;

  beforeAll(async () => {
    kw = await startTestKeyward({ revocationBoundMs: 1_000 });
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
  });
  afterAll(async () => kw?.stop());

  it('costs 1 read and 1 touch cold, 0 calls cached, one feed read after the bound, and never touches twice', async () => {
    // Prepare
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const issued = await tokens.create(
      owner,
      {},
      { kind: tokenKinds.site, ownerId: site.id },
      { name: 'c', scopes: { sites: 'read' } },
    );
    const request = { token: issued.token, method: 'GET', path: `/v2/sites/${site.id}` };
    kw.authorizerCalls.reset();

    // Act & Assess: cold
    expect((await kw.keyward.verifier.verify(request)).code).toBe('VALID');
    expect(kw.authorizerCalls.counts()).toEqual({ GetItemCommand: 1, UpdateItemCommand: 1 });

    // Cached: 1,000 verifications, no call at all
    kw.authorizerCalls.reset();
    for (let i = 0; i < 1_000; i += 1) await kw.keyward.verifier.verify(request);
    expect(kw.authorizerCalls.total()).toBe(0);

    // After the bound: one read of the change feed (nothing changed, so no item read), no second touch
    kw.clock.advance(1_001);
    try {
      for (let i = 0; i < 100; i += 1) expect((await kw.keyward.verifier.verify(request)).code).toBe('VALID');
      expect(kw.authorizerCalls.counts()).toEqual({ QueryCommand: 1 });
    } finally {
      kw.clock.reset();
    }
  });

  it('accepts a value regenerated since the token was cached at once, and reads again for wrong values at most once a second', async () => {
    // Prepare: a cached token
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w3', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const owned = { kind: tokenKinds.site, ownerId: site.id };
    const issued = await tokens.create(owner, {}, owned, { name: 'r', scopes: { sites: 'read' } });
    expect((await kw.keyward.verifier.verify({ token: issued.token })).code).toBe('VALID');

    // Act: a new value, before the change feed is read again
    const renewed = await tokens.regenerate(owner, {}, owned, issued.id, { gracePeriodSeconds: 60 });
    kw.authorizerCalls.reset();

    // Assess: it works at once, for one read; the old value is still in its grace
    expect((await kw.keyward.verifier.verify({ token: renewed.token })).code).toBe('VALID');
    expect((await kw.keyward.verifier.verify({ token: issued.token })).code).toBe('VALID');
    expect(kw.authorizerCalls.counts()).toEqual({ GetItemCommand: 1 });

    // Wrong values for a known id: one read in the second, however many arrive
    const other = await tokens.create(owner, {}, owned, { name: 'o', scopes: { sites: 'read' } });
    expect((await kw.keyward.verifier.verify({ token: other.token })).code).toBe('VALID');
    const { issueToken } = await import('../../shared/domain/token-format.js');
    kw.authorizerCalls.reset();
    for (let i = 0; i < 50; i += 1) {
      const wrong = issueToken('s', other.id).value;
      expect((await kw.keyward.verifier.verify({ token: wrong })).code).toBe('NOT_FOUND');
    }
    expect(kw.authorizerCalls.counts()).toEqual({ GetItemCommand: 1 });
  });

  it('remembers an unknown id for the negative TTL: a flood of one bad token costs one read', async () => {
    const { issueToken } = await import('../../shared/domain/token-format.js');
    const unknown = issueToken('s').value;
    kw.authorizerCalls.reset();
    for (let i = 0; i < 100; i += 1)
      expect((await kw.keyward.verifier.verify({ token: unknown })).code).toBe('NOT_FOUND');
    expect(kw.authorizerCalls.counts()).toEqual({ GetItemCommand: 1 });
  });

  it('does not record a use for a denied request', async () => {
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w2', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const issued = await tokens.create(
      owner,
      {},
      { kind: tokenKinds.site, ownerId: site.id },
      { name: 'd', scopes: { sites: 'read' } },
    );
    kw.authorizerCalls.reset();
    const denied = await kw.keyward.verifier.verify({
      token: issued.token,
      method: 'POST',
      path: `/v2/sites/${site.id}/publish`,
    });
    expect(denied.code).toBe('INSUFFICIENT_SCOPE');
    expect(kw.authorizerCalls.counts()).toEqual({ GetItemCommand: 1 });
    expect((await kw.keyward.runtime.repositories.tokens.get(issued.id))?.lastUsedAt).toBeUndefined();
  });
});
