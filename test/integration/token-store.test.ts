import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, TokenLimitReachedError } from '../../shared/domain/errors.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import type { Actor } from '../../shared/services/directory/actor.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

/** Token creation, limits and revocation against DynamoDB Local, through the services. */
describe('Integration: token store on DynamoDB Local', () => {
  let kw: TestKeyward;
  let owner: Actor;

  beforeAll(async () => {
    kw = await startTestKeyward();
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
  });
  afterAll(async () => kw?.stop());

  const newSite = async () => {
    const { directory } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w', plan: 'enterprise' });
    return directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
  };

  const siteOwner = (siteId: string) => ({ kind: tokenKinds.site, ownerId: siteId });
  const scopes = { sites: 'read' } as const;

  /** Recomputes every counter from the Tokens table and compares it with the counter items. */
  const countersAreConsistent = async () => {
    const { documents } = kw.keyward.runtime;
    const tokens =
      (await documents.send(new ScanCommand({ TableName: kw.keyward.tables.tokens, ConsistentRead: true })))
        .Items ?? [];
    const counters =
      (
        await documents.send(
          new ScanCommand({
            TableName: kw.keyward.tables.directory,
            FilterExpression: 'sk = :counter',
            ExpressionAttributeValues: { ':counter': 'counter#tokens' },
            ConsistentRead: true,
          }),
        )
      ).Items ?? [];
    const active = new Map<string, number>();
    for (const token of tokens)
      if (token.status === 'active') active.set(token.ownerKey, (active.get(token.ownerKey) ?? 0) + 1);
    for (const counter of counters)
      expect(counter.activeTokens, counter.pk).toBe(active.get(counter.pk) ?? 0);
  };

  it('creates exactly 5 of 50 concurrent site tokens and refuses 45 with token_limit_reached', async () => {
    // Prepare
    const site = await newSite();

    // Act
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: `t${i}`, scopes }),
      ),
    );

    // Assess
    const created = results.filter((r) => r.status === 'fulfilled');
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason);
    expect(created).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const reason of refused) expect(reason).toBeInstanceOf(TokenLimitReachedError);
    expect(await kw.keyward.runtime.repositories.counters.read(`site#${site.id}`)).toBe(5);
    await countersAreConsistent();
  });

  it('lets one of 20 concurrent revokes of a token succeed and decrements the counter once', async () => {
    // Prepare
    const site = await newSite();
    const token = await kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), {
      name: 'r',
      scopes,
    });

    // Act
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        kw.keyward.runtime.tokens.revoke(owner, {}, siteOwner(site.id), token.id),
      ),
    );

    // Assess
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    }
    expect(await kw.keyward.runtime.repositories.counters.read(`site#${site.id}`)).toBe(0);
    await countersAreConsistent();
  });

  it('frees a slot on revoke so a sixth token can then be created', async () => {
    const site = await newSite();
    const tokens = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: `${i}`, scopes }),
      ),
    );
    await expect(
      kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: 'x', scopes }),
    ).rejects.toBeInstanceOf(TokenLimitReachedError);
    await kw.keyward.runtime.tokens.revoke(owner, {}, siteOwner(site.id), tokens[0]!.id);
    await expect(
      kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: 'x', scopes }),
    ).resolves.toBeDefined();
    await countersAreConsistent();
  });

  it('ends concurrent regenerate and revoke of one token in a consistent state', async () => {
    const site = await newSite();
    const token = await kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), {
      name: 'rr',
      scopes,
    });
    await Promise.allSettled([
      kw.keyward.runtime.tokens.regenerate(owner, {}, siteOwner(site.id), token.id, {
        gracePeriodSeconds: 0,
      }),
      kw.keyward.runtime.tokens.revoke(owner, {}, siteOwner(site.id), token.id),
    ]);
    const stored = await kw.keyward.runtime.repositories.tokens.get(token.id);
    expect(stored?.status).toBe('revoked');
    await countersAreConsistent();
  });

  it('writes the audit event in the same transaction: a refused create leaves no event', async () => {
    const site = await newSite();
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: `${i}`, scopes }),
      ),
    );
    await expect(
      kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), { name: 'six', scopes }),
    ).rejects.toThrow();
    const events = await kw.keyward.runtime.repositories.audit.list(`workspace#${site.workspaceId}`, {
      limit: 100,
    });
    expect(events.items.filter((e) => e.action === 'token.created')).toHaveLength(5);
    expect(events.items.some((e) => e.target.name === 'six')).toBe(false);
  });

  it('stores only the HMAC: no item holds a token value or its secret', async () => {
    const site = await newSite();
    const issued = await kw.keyward.runtime.tokens.create(owner, {}, siteOwner(site.id), {
      name: 'h',
      scopes,
    });
    const secret = issued.token.split('_')[2]!.slice(0, 32);
    const { documents } = kw.keyward.runtime;
    for (const table of Object.values(kw.keyward.tables)) {
      const items = JSON.stringify((await documents.send(new ScanCommand({ TableName: table }))).Items);
      expect(items).not.toContain(issued.token);
      expect(items).not.toContain(secret);
    }
  });
});
