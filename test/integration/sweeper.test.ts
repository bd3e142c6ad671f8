import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterItems, putAll, seededSiteToken } from '../../local/seed-tokens.js';
import { Container } from '../../shared/composition/container.js';
import { sweeper } from '../../shared/composition/services.js';
import { addDays, DAY_MS } from '../../shared/domain/clock.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import type { TokenRecord } from '../../shared/domain/token.js';
import type { Actor } from '../../shared/services/directory/actor.js';
import { verifyToken } from '../../shared/verify/verify-token.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('Integration: token lifecycle and the sweeper', { timeout: 60_000 }, () => {
  let kw: TestKeyward;
  let owner: Actor;

  beforeAll(async () => {
    kw = await startTestKeyward();
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
  });
  afterAll(async () => {
    kw?.clock.reset();
    await kw?.stop();
  });

  const seededToken = (ownerKey: string, end: Date) => seededSiteToken(ownerKey, end, owner.principalId);

  const seed = async (tokens: readonly TokenRecord[], counters: Readonly<Record<string, number>> = {}) =>
    putAll(kw.keyward.runtime.documents, [
      ...tokens.map((item) => ({ table: kw.keyward.tables.tokens, item })),
      ...counterItems(kw.keyward.tables.directory, counters),
    ]);

  const setWatermark = async (to: string) => {
    const { sweepIndex } = kw.keyward.runtime.repositories;
    expect(await sweepIndex.advanceWatermark(await sweepIndex.watermark(), to)).toBe(true);
  };

  it('expires exactly the 100 due of 10,100 tokens reading ≤ 110 index items; a second run changes nothing', async () => {
    // Prepare: 10,000 live tokens a year out, 100 due yesterday across 20 sites holding 5 each
    const now = kw.clock.now();
    const live = Array.from({ length: 10_000 }, (_, i) =>
      seededToken(`site#live${i % 2000}`, addDays(now, 365)),
    );
    const dueOwners = Array.from({ length: 20 }, (_, i) => `site#due${i}`);
    const due = dueOwners.flatMap((ownerKey) =>
      Array.from({ length: 5 }, () => seededToken(ownerKey, addDays(now, -1))),
    );
    await seed([...live, ...due], Object.fromEntries(dueOwners.map((key) => [key, 5])));
    await setWatermark(day(addDays(now, -2)));

    // Act
    const first = await kw.keyward.runtime.sweeper.run();
    const second = await kw.keyward.runtime.sweeper.run();

    // Assess
    expect(first).toMatchObject({
      expired: 100,
      skipped: 0,
      complete: true,
      watermark: day(now),
      countersCorrected: 0,
    });
    expect(first.itemsRead).toBeLessThanOrEqual(110);
    expect(second).toMatchObject({ expired: 0, itemsRead: 0 });
    for (const ownerKey of dueOwners)
      expect(await kw.keyward.runtime.repositories.counters.read(ownerKey)).toBe(0);
    const stored = await kw.keyward.runtime.repositories.tokens.get(due[0]!.tokenId);
    expect(stored).toMatchObject({ status: 'expired', expiredAt: expect.any(String) });
    expect(stored?.sweepShard).toBeUndefined();
    const audit = await kw.keyward.runtime.repositories.audit.list('workspace#aaaaaaaaaaaaaaaaaaaaaaaa', {
      limit: 200,
    });
    expect(audit.items.filter((event) => event.action === 'token.expired')).toHaveLength(100);
  }, 120_000);

  it('resumes a run stopped by its limit: 40, then the other 60, then nothing', async () => {
    // Prepare: 100 tokens due earlier today (today's shards are never "done", so the watermark stays)
    const now = kw.clock.now();
    const owners = Array.from({ length: 20 }, (_, i) => `site#resume${i}`);
    const due = owners.flatMap((ownerKey) =>
      Array.from({ length: 5 }, () => seededToken(ownerKey, new Date(now.getTime() - 60_000))),
    );
    await seed(due, Object.fromEntries(owners.map((key) => [key, 5])));
    const { repositories } = kw.keyward.runtime;
    // Another process's sweeper, over the same tables, with a lower limit per run.
    const limited = new Container({
      ...kw.keyward.runtime.container.options,
      maxTokensPerSweep: 40,
      notifier: {
        expiring: async () => undefined,
        expired: async () => undefined,
        compromised: async () => undefined,
        creditsLow: async () => undefined,
      },
    }).get(sweeper);

    // Act & Assess
    expect(await limited.run()).toMatchObject({ expired: 40, complete: false });
    const resumed = await kw.keyward.runtime.sweeper.run();
    expect(resumed).toMatchObject({ expired: 60, complete: true });
    expect(await kw.keyward.runtime.sweeper.run()).toMatchObject({ expired: 0 });
    for (const ownerKey of owners) expect(await repositories.counters.read(ownerKey)).toBe(0);
  });

  it('lets a site with 5 stale tokens create a 6th at once, before any sweep, with a correct counter', async () => {
    // Prepare
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'stale', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const siteOwner = { kind: tokenKinds.site, ownerId: site.id };
    for (let i = 0; i < 5; i += 1)
      await tokens.create(owner, {}, siteOwner, { name: `old${i}`, scopes: { sites: 'read' } });

    // Act: a year and a day later
    kw.clock.advance(366 * DAY_MS);
    try {
      const sixth = await tokens.create(owner, {}, siteOwner, { name: 'new', scopes: { sites: 'read' } });

      // Assess
      expect(sixth.status).toBe('active');
      expect(await kw.keyward.runtime.repositories.counters.read(`site#${site.id}`)).toBe(1);
      const listed = await tokens.list(owner, siteOwner, { limit: 10 });
      expect(listed.items.map((t) => t.status).sort()).toEqual([
        'active',
        'expired',
        'expired',
        'expired',
        'expired',
        'expired',
      ]);
      expect((await tokens.list(owner, siteOwner, { limit: 10, status: 'active' })).items).toHaveLength(1);
    } finally {
      kw.clock.reset();
    }
  });

  it('keeps a token used on day 200 alive until day 565, and denied requests never extend it', async () => {
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'used', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const issued = await tokens.create(
      owner,
      {},
      { kind: tokenKinds.site, ownerId: site.id },
      { name: 'u', scopes: { sites: 'read' } },
    );
    const verification = {
      ...kw.keyward.runtime.verification,
      policy: kw.keyward.verifier.dependencies.policy,
    };
    const at = (days: number) => kw.clock.set(new Date(Date.parse(issued.createdAt) + days * DAY_MS));
    try {
      at(200);
      expect((await verifyToken(verification, issued.token)).code).toBe('VALID');
      at(300);
      // A denied request (wrong route) is not a use.
      const denied = await verifyToken(verification, {
        token: issued.token,
        method: 'POST',
        path: `/v2/sites/${site.id}/publish`,
      });
      expect(denied.code).toBe('INSUFFICIENT_SCOPE');
      at(564);
      const stillValid = await kw.keyward.runtime.repositories.tokens.get(issued.id);
      const day565 = Date.parse(issued.createdAt) + 565 * DAY_MS;
      expect(Math.abs(Date.parse(stillValid!.staleAt!) - day565)).toBeLessThan(1_000);
      kw.clock.set(new Date(Date.parse(stillValid!.staleAt!) + 1));
      expect((await verifyToken(verification, issued.token)).code).toBe('EXPIRED');
    } finally {
      kw.clock.reset();
    }
  });

  it('sends expiring-soon notices at 60, 30, 7 and 1 days before the end, exactly once each', async () => {
    // Prepare: a token ending in 70 days
    const now = kw.clock.now();
    const token = seededToken('site#notice', addDays(now, 70));
    await seed([token], { 'site#notice': 1 });
    const noticesOf = async () => {
      const { documents } = kw.keyward.runtime;
      const { Items = [] } = await documents.send(
        new ScanCommand({
          TableName: kw.keyward.tables.events,
          FilterExpression: '#action = :action AND target.id = :id',
          ExpressionAttributeNames: { '#action': 'action' },
          ExpressionAttributeValues: { ':action': 'token.expiring_soon', ':id': token.tokenId },
        }),
      );
      return Items.map((item) => item.changes[0]).sort();
    };

    try {
      // Act: runs on the days around each threshold, twice each, and past the end
      for (const elapsed of [0, 9, 10, 11, 39, 40, 41, 62, 63, 64, 68, 69, 70, 71]) {
        kw.clock.set(addDays(now, elapsed));
        await kw.keyward.runtime.sweeper.run();
        await kw.keyward.runtime.sweeper.run();
      }

      // Assess
      expect(await noticesOf()).toEqual(['1d', '30d', '60d', '7d']);
      expect((await kw.keyward.runtime.repositories.tokens.get(token.tokenId))?.status).toBe('expired');
    } finally {
      kw.clock.reset();
    }
  }, 120_000);
});
