import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { createWorkspaceAndSite } from '../support/e2e.js';
import { startHttpKeywardWithSite } from '../support/target.js';

describe('E2E: site tokens, happy paths', () => {
  let kw: HttpKeyward;
  let siteId: string;

  beforeAll(async () => ({ kw, siteId } = await startHttpKeywardWithSite()));
  afterAll(async () => kw?.stop());

  const base = () => `/v1/sites/${siteId}/tokens`;

  it('creates a token and shows its value once, with no-store caching', async () => {
    // Act
    const created = await kw.api.post(base(), { name: 'CMS sync', scopes: { cms: 'write', sites: 'read' } });

    // Assess
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body.token).toMatch(/^kws_[0-9a-f]{24}_[0-9A-Za-z]{38}$/);
    expect(created.body).toMatchObject({
      kind: 'site',
      ownerType: 'site',
      ownerId: siteId,
      name: 'CMS sync',
      status: 'active',
      lastUsedAt: null,
      scopes: { cms: 'write', sites: 'read', pages: 'none' },
    });
    expect(created.body.token.startsWith(created.body.start)).toBe(true);

    const fetched = await kw.api.get(`${base()}/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.token).toBeUndefined();
    expect(fetched.body.start).toBe(created.body.start);
  });

  it('lists tokens newest first, paginated, without values', async () => {
    await kw.api.post(base(), { name: 'second', scopes: { forms: 'read' } });
    const first = await kw.api.get(`${base()}?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].name).toBe('second');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await kw.api.get(`${base()}?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.body.items[0].name).toBe('CMS sync');
    expect(JSON.stringify([first.body, next.body])).not.toContain('"token"');
  });

  it('lists by filter: name part, creator, status, creation time and unused days, across pages', async () => {
    // A site of its own: a site holds only a few active tokens.
    const { siteId: own } = await createWorkspaceAndSite(kw.api);
    const base = () => `/v1/sites/${own}/tokens`;
    const made = [];
    for (const name of ['Filter alpha', 'filter BETA', 'other'])
      made.push((await kw.api.post(base(), { name, scopes: { sites: 'read' } })).body);
    await kw.api.delete(`${base()}/${made[1].id}`);
    const names = async (query: string) => {
      const listed = await kw.api.get(`${base()}?${query}`);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      return listed.body.items.map((token: { name: string }) => token.name);
    };
    expect(await names('name=FILTER')).toEqual(['filter BETA', 'Filter alpha']);
    // A filtered page reads on past tokens that do not match, and holds no more than its limit.
    expect(await names('name=filter&limit=1')).toEqual(['filter BETA']);
    expect(await names('name=filter&status=active')).toEqual(['Filter alpha']);
    expect(await names(`name=filter&createdBy=${made[0].createdBy}`)).toHaveLength(2);
    expect(await names(`name=filter&createdBy=${'0'.repeat(24)}`)).toEqual([]);
    expect(await names(`name=filter&createdAfter=${encodeURIComponent(made[0].createdAt)}`)).toEqual([
      'filter BETA',
    ]);
    expect(await names('name=filter&unusedForDays=1')).toEqual([]);
    const refused = await kw.api.get(`${base()}?createdBefore=yesterday&unusedForDays=0`);
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'query.createdBefore',
      'query.unusedForDays',
    ]);
  });

  it('remembers the address a token was first used from', async () => {
    const { siteId: own } = await createWorkspaceAndSite(kw.api);
    const base = () => `/v1/sites/${own}/tokens`;
    const created = (await kw.api.post(base(), { name: 'from afar', scopes: { sites: 'read' } })).body;
    expect(created.recentSources).toEqual([]);
    const verified = await kw.api.post('/v1/verify', { token: created.token, sourceIp: '203.0.113.7' });
    expect(verified.body.valid).toBe(true);
    const fetched = (await kw.api.get(`${base()}/${created.id}`)).body;
    expect(fetched.recentSources).toEqual([{ ip: '203.0.113.7', at: fetched.lastUsedAt }]);
  });

  it('renames a token and lowers its scopes', async () => {
    const created = await kw.api.post(base(), { name: 'old', scopes: { pages: 'write', cms: 'read' } });
    const updated = await kw.api.patch(`${base()}/${created.body.id}`, {
      name: 'new',
      scopes: { pages: 'read' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'new',
      scopes: { pages: 'read', cms: 'none', sites: 'none' },
    });
    expect((await kw.api.get(`${base()}/${created.body.id}`)).body.name).toBe('new');
  });

  it('regenerates a token: new value, same id, old value retired', async () => {
    const created = await kw.api.post(base(), { name: 'rotate', scopes: { assets: 'read' } });
    const regenerated = await kw.api.post(`${base()}/${created.body.id}/regenerate`, {});
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.id).toBe(created.body.id);
    expect(regenerated.body.token).not.toBe(created.body.token);
    expect(regenerated.body.token.startsWith(`kws_${created.body.id}_`)).toBe(true);
  });

  it('revokes a token: it stays listable with status revoked and frees a slot', async () => {
    const created = await kw.api.post(base(), { name: 'to revoke', scopes: { users: 'read' } });
    const revoked = await kw.api.delete(`${base()}/${created.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const active = await kw.api.get(`${base()}?status=active&limit=100`);
    expect(active.body.items.map((t: { id: string }) => t.id)).not.toContain(created.body.id);
    const all = await kw.api.get(`${base()}?limit=100`);
    expect(all.body.items.find((t: { id: string }) => t.id === created.body.id).status).toBe('revoked');
  });

  it('answers the OpenAPI document and health without a key', async () => {
    expect((await kw.as().get('/health')).body).toEqual({ status: 'ok' });
    const doc = await kw.as().get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/v1/sites/{siteId}/tokens'].post.operationId).toBe('createSiteToken');
  });
});
