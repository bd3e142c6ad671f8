import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrincipalWithKey,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';

/**
 * "If an administrator leaves or their role changes, revoke their token": a principal's tokens are listed and
 * ended by creator, one owner at a time or all of a workspace's (its sites' too) as the member is removed;
 * nobody else's tokens are touched, and a caller who may not remove members ends nothing.
 */
describe('E2E: tokens of a departing member', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;
  let otherSiteId: string;
  let leaving: { principalId: string; key: string };
  let staying: { principalId: string; key: string };

  beforeAll(async () => {
    kw = await startE2eKeyward();
    ({ workspaceId, siteId } = await createWorkspaceAndSite(kw.api));
    otherSiteId = (
      await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, { displayName: 'Two', shortName: 'two' })
    ).body.id;
    leaving = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'admin',
    });
    staying = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'token-manager',
    });
  });
  afterAll(async () => kw?.stop());

  const create = async (key: string, path: string, name: string) => {
    const created = await kw
      .as(key)
      .post(path, { name, scopes: path.includes('/sites/') ? { sites: 'read' } : { workspace: 'read' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: string; token: string };
  };
  const statusOf = async (path: string, id: string) => (await kw.api.get(`${path}/${id}`)).body.status;

  it("lists and revokes one owner's tokens by creator, then the rest of the workspace's as the member leaves", async () => {
    // Prepare
    const sites = `/v1/sites/${siteId}/tokens`;
    const otherSites = `/v1/sites/${otherSiteId}/tokens`;
    const workspaceTokens = `/v1/workspaces/${workspaceId}/tokens`;
    const mine = [await create(leaving.key, sites, 'a'), await create(leaving.key, sites, 'b')];
    const elsewhere = await create(leaving.key, otherSites, 'c');
    const ofWorkspace = await create(leaving.key, workspaceTokens, 'd');
    const theirs = await create(staying.key, sites, 'e');

    // Act & Assess: one owner
    const listed = await kw.api.get(`${sites}?createdBy=${leaving.principalId}`);
    expect(listed.body.items.map((t: { id: string }) => t.id).sort()).toEqual(mine.map((t) => t.id).sort());
    const revoked = await kw.api.post(`${sites}/revoke-by-creator`, { createdBy: leaving.principalId });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked.sort()).toEqual(mine.map((t) => t.id).sort());
    expect(await statusOf(sites, theirs.id)).toBe('active');
    expect(await statusOf(otherSites, elsewhere.id)).toBe('active');
    // Again: nothing active is left of theirs there.
    expect(
      (await kw.api.post(`${sites}/revoke-by-creator`, { createdBy: leaving.principalId })).body,
    ).toEqual({
      revoked: [],
    });

    // A token manager may end tokens but not remove members: refused before anything ends.
    const refused = await kw
      .as(staying.key)
      .delete(`/v1/workspaces/${workspaceId}/members/${leaving.principalId}?revokeTokens=true`);
    expect(refused.status).toBe(403);
    expect(await statusOf(otherSites, elsewhere.id)).toBe('active');

    // The member leaves, with what they created anywhere in the workspace.
    const removed = await kw.api.delete(
      `/v1/workspaces/${workspaceId}/members/${leaving.principalId}?revokeTokens=true`,
    );
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.revoked.sort()).toEqual([elsewhere.id, ofWorkspace.id].sort());
    expect(await statusOf(otherSites, elsewhere.id)).toBe('revoked');
    expect(await statusOf(workspaceTokens, ofWorkspace.id)).toBe('revoked');
    expect(await statusOf(sites, theirs.id)).toBe('active');
    const members = (await kw.api.get(`/v1/workspaces/${workspaceId}/members`)).body.items;
    expect(members.map((m: { principalId: string }) => m.principalId)).not.toContain(leaving.principalId);
    // Each token's end is in the audit log, as a revoke of it.
    const audit = (await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=100`)).body.items;
    const revokedIds = audit
      .filter((e: { action: string }) => e.action === 'token.revoked')
      .map((e: { target: { id: string } }) => e.target.id);
    for (const id of [...mine.map((t) => t.id), elsewhere.id, ofWorkspace.id])
      expect(revokedIds).toContain(id);
  });

  it('removes a member without touching tokens when not asked to (204)', async () => {
    const stays = await create(staying.key, `/v1/sites/${otherSiteId}/tokens`, 'f');
    const removed = await kw.api.delete(`/v1/workspaces/${workspaceId}/members/${staying.principalId}`);
    expect(removed.status).toBe(204);
    expect(await statusOf(`/v1/sites/${otherSiteId}/tokens`, stays.id)).toBe('active');
  });
});
