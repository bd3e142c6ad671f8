import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrincipalWithKey,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';

/**
 * Members: a grant can only reach principals the caller may see (itself and members of resources it holds a
 * role on), another tenant's principal answers like an unknown id, the instance owner cannot be removed by a
 * workspace admin, and no resource is left without an admin.
 */
describe('E2E: members', () => {
  let kw: E2eKeyward;
  let home: { workspaceId: string; siteId: string };
  let foreign: { workspaceId: string; siteId: string };
  let admin: { principalId: string; key: string };
  let teammate: { principalId: string; key: string };
  let outsider: { principalId: string; key: string };
  let ownerId: string;

  beforeAll(async () => {
    kw = await startE2eKeyward();
    home = await createWorkspaceAndSite(kw.api);
    foreign = await createWorkspaceAndSite(kw.api);
    admin = await createPrincipalWithKey(kw.api, { on: `/v1/workspaces/${home.workspaceId}`, role: 'admin' });
    teammate = await createPrincipalWithKey(kw.api, { on: `/v1/sites/${home.siteId}`, role: 'member' });
    outsider = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${foreign.workspaceId}`,
      role: 'admin',
    });
    ownerId = kw.keyward.bootstrap!.principal.id;
  });
  afterAll(async () => kw?.stop());

  it("answers another tenant's principal exactly like an unknown one, and grants nothing", async () => {
    const as = kw.as(admin.key);
    const base = `/v1/workspaces/${home.workspaceId}/members`;
    const unknown = await as.put(`${base}/${'f'.repeat(24)}`, { role: 'member' });
    const hidden = await as.put(`${base}/${outsider.principalId}`, { role: 'member' });
    expect(hidden.status).toBe(404);
    expect([hidden.body.code, hidden.body.message.replace(outsider.principalId, 'ID')]).toEqual([
      unknown.body.code,
      unknown.body.message.replace('f'.repeat(24), 'ID'),
    ]);
    const members = (await kw.api.get(base)).body.items.map((m: { principalId: string }) => m.principalId);
    expect(members).not.toContain(outsider.principalId);
  });

  it('grants a role to a principal the caller can see', async () => {
    const granted = await kw
      .as(admin.key)
      .put(`/v1/workspaces/${home.workspaceId}/members/${teammate.principalId}`, { role: 'token-viewer' });
    expect(granted.status).toBe(200);
  });

  it('lists only the principals the caller may see, filtered by a query', async () => {
    const seen = (await kw.as(admin.key).get('/v1/principals')).body.items.map((p: { id: string }) => p.id);
    expect(seen).toEqual(expect.arrayContaining([admin.principalId, teammate.principalId, ownerId]));
    expect(seen).not.toContain(outsider.principalId);
    const everyone = (await kw.api.get('/v1/principals')).body.items.map((p: { id: string }) => p.id);
    expect(everyone).toEqual(expect.arrayContaining([admin.principalId, outsider.principalId]));
    const named = await kw.api.get('/v1/principals?query=OWN');
    expect(named.body.items.map((p: { id: string }) => p.id)).toEqual([ownerId]);
    expect((await kw.api.get(`/v1/principals?query=${'x'.repeat(101)}`)).status).toBe(422);
  });

  it('keeps the instance owner from being removed by a workspace admin', async () => {
    const removed = await kw.as(admin.key).delete(`/v1/workspaces/${home.workspaceId}/members/${ownerId}`);
    expect(removed.status).toBe(403);
    const members = (await kw.api.get(`/v1/workspaces/${home.workspaceId}/members`)).body.items;
    expect(members.map((m: { principalId: string }) => m.principalId)).toContain(ownerId);
  });

  it('refuses to remove or demote the last admin of a resource (409 last_admin)', async () => {
    const { workspaceId } = await createWorkspaceAndSite(kw.api);
    const base = `/v1/workspaces/${workspaceId}/members/${ownerId}`;
    expect((await kw.api.delete(base)).body.code).toBe('last_admin');
    const demoted = await kw.api.put(base, { role: 'member' });
    expect([demoted.status, demoted.body.code]).toEqual([409, 'last_admin']);
    await kw.api.put(`/v1/workspaces/${workspaceId}/members/${admin.principalId}`, { role: 'admin' });
    expect((await kw.api.put(base, { role: 'member' })).status).toBe(200);
  });
});
