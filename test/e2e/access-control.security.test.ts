import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { createPrincipalWithKey, createWorkspaceAndSite } from '../support/e2e.js';
import { startHttpKeyward } from '../support/target.js';

/** Roles and tenant boundaries of the management API. */
describe('E2E: access control', () => {
  let kw: HttpKeyward;
  let home: { workspaceId: string; siteId: string };
  let foreign: { workspaceId: string; siteId: string };
  let foreignTokenId: string;

  beforeAll(async () => {
    kw = await startHttpKeyward();
    home = await createWorkspaceAndSite(kw.api);
    foreign = await createWorkspaceAndSite(kw.api);
    foreignTokenId = (
      await kw.api.post(`/v1/sites/${foreign.siteId}/tokens`, { name: 'f', scopes: { sites: 'read' } })
    ).body.id;
  });
  afterAll(async () => kw?.stop());

  it('lets a site admin manage its site tokens', async () => {
    const admin = await createPrincipalWithKey(kw.api, { on: `/v1/sites/${home.siteId}`, role: 'admin' });
    const created = await kw
      .as(admin.key)
      .post(`/v1/sites/${home.siteId}/tokens`, { name: 'a', scopes: { cms: 'read' } });
    expect(created.status).toBe(201);
    expect((await kw.as(admin.key).delete(`/v1/sites/${home.siteId}/tokens/${created.body.id}`)).status).toBe(
      200,
    );
  });

  it('lets a workspace admin manage the tokens of the sites in its workspace', async () => {
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${home.workspaceId}`,
      role: 'admin',
    });
    expect(
      (await kw.as(admin.key).post(`/v1/sites/${home.siteId}/tokens`, { name: 'w', scopes: { cms: 'read' } }))
        .status,
    ).toBe(201);
  });

  it('lets a token-viewer list but not create (403)', async () => {
    const viewer = await createPrincipalWithKey(kw.api, {
      on: `/v1/sites/${home.siteId}`,
      role: 'token-viewer',
    });
    expect((await kw.as(viewer.key).get(`/v1/sites/${home.siteId}/tokens`)).status).toBe(200);
    const created = await kw
      .as(viewer.key)
      .post(`/v1/sites/${home.siteId}/tokens`, { name: 'v', scopes: { cms: 'read' } });
    expect(created.status).toBe(403);
    expect(created.body.code).toBe('forbidden');
  });

  it('gives a member no access to tokens (403) but lets it read the site', async () => {
    const member = await createPrincipalWithKey(kw.api, { on: `/v1/sites/${home.siteId}`, role: 'member' });
    expect((await kw.as(member.key).get(`/v1/sites/${home.siteId}`)).status).toBe(200);
    expect((await kw.as(member.key).get(`/v1/sites/${home.siteId}/tokens`)).status).toBe(403);
  });

  it('answers 404, never 403, for every resource of another tenant', async () => {
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${home.workspaceId}`,
      role: 'admin',
    });
    const as = kw.as(admin.key);
    const attempts = [
      as.get(`/v1/workspaces/${foreign.workspaceId}`),
      as.get(`/v1/workspaces/${foreign.workspaceId}/sites`),
      as.get(`/v1/workspaces/${foreign.workspaceId}/audit-logs`),
      as.get(`/v1/workspaces/${foreign.workspaceId}/tokens`),
      as.get(`/v1/sites/${foreign.siteId}`),
      as.get(`/v1/sites/${foreign.siteId}/tokens`),
      as.get(`/v1/sites/${foreign.siteId}/tokens/${foreignTokenId}`),
      as.delete(`/v1/sites/${foreign.siteId}/tokens/${foreignTokenId}`),
      as.post(`/v1/sites/${foreign.siteId}/tokens`, { name: 'x', scopes: { cms: 'read' } }),
      as.put(`/v1/sites/${foreign.siteId}/members/${admin.principalId}`, { role: 'admin' }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(404);
  });

  it("answers 404 for another site's token addressed through one's own site", async () => {
    const response = await kw.api.get(`/v1/sites/${home.siteId}/tokens/${foreignTokenId}`);
    expect(response.status).toBe(404);
    expect((await kw.api.delete(`/v1/sites/${home.siteId}/tokens/${foreignTokenId}`)).status).toBe(404);
  });

  it('reserves workspace and principal creation to the instance owner', async () => {
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${home.workspaceId}`,
      role: 'admin',
    });
    expect((await kw.as(admin.key).post('/v1/workspaces', { name: 'mine' })).status).toBe(403);
    expect((await kw.as(admin.key).post('/v1/principals', { name: 'p' })).status).toBe(403);
  });

  it('keeps principals to their own admin keys', async () => {
    const alice = await createPrincipalWithKey(kw.api);
    const bob = await createPrincipalWithKey(kw.api);
    expect((await kw.as(alice.key).get(`/v1/principals/${alice.principalId}/admin-keys`)).status).toBe(200);
    expect((await kw.as(alice.key).get(`/v1/principals/${bob.principalId}/admin-keys`)).status).toBe(404);
    expect(
      (await kw.as(alice.key).post(`/v1/principals/${bob.principalId}/admin-keys`, { name: 'x' })).status,
    ).toBe(404);
  });

  it('lists only the workspaces a principal holds a role on', async () => {
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${home.workspaceId}`,
      role: 'admin',
    });
    const listed = await kw.as(admin.key).get('/v1/workspaces');
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([home.workspaceId]);
  });

  it('stops a removed member at once', async () => {
    const manager = await createPrincipalWithKey(kw.api, {
      on: `/v1/sites/${home.siteId}`,
      role: 'token-manager',
    });
    expect((await kw.as(manager.key).get(`/v1/sites/${home.siteId}/tokens`)).status).toBe(200);
    expect((await kw.api.delete(`/v1/sites/${home.siteId}/members/${manager.principalId}`)).status).toBe(204);
    expect((await kw.as(manager.key).get(`/v1/sites/${home.siteId}/tokens`)).status).toBe(404);
  });
});
