import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_PERMISSIONS } from '../../shared/domain/roles.js';
import {
  createPrincipalWithKey,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';

/**
 * Configurable administrator roles: a workspace defines roles from the closed list of permissions, grants
 * them on itself and its sites, and its members hold exactly what the role says, changed at once when the
 * role changes. Nobody grants or defines more than they hold; a role in use cannot be deleted; every change
 * is audited.
 */
describe('E2E: custom administrator roles', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;
  const roles = () => `/v1/workspaces/${workspaceId}/roles`;

  beforeAll(async () => {
    kw = await startE2eKeyward();
    ({ workspaceId, siteId } = await createWorkspaceAndSite(kw.api));
  });
  afterAll(async () => kw?.stop());

  it('lists the four built-in roles read-only, from the same permission list', async () => {
    const listed = (await kw.api.get(roles())).body.items;
    expect(listed.map((role: { id: string }) => role.id)).toEqual([
      'admin',
      'token-manager',
      'token-viewer',
      'member',
    ]);
    expect(listed[0]).toMatchObject({ builtIn: true, permissions: RESOURCE_PERMISSIONS });
    expect((await kw.api.post(roles(), { name: 'admin', permissions: ['resource:read'] })).status).toBe(409);
    const unknown = await kw.api.post(roles(), { name: 'x', permissions: ['tokens:fly'] });
    expect(unknown.status).toBe(422);
  });

  it('grants exactly what a custom role holds, on the workspace and its sites, and follows its changes', async () => {
    // Prepare: an "auditor" who may read site tokens but not make them
    const created = await kw.api.post(roles(), {
      name: 'Auditor',
      description: 'reads tokens',
      permissions: ['tokens:read', 'resource:read'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      builtIn: false,
      members: 0,
      permissions: ['resource:read', 'tokens:read'],
    });
    const auditor = await createPrincipalWithKey(kw.api);
    const granted = await kw.api.put(`/v1/sites/${siteId}/members/${auditor.principalId}`, {
      role: created.body.id,
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const tokens = `/v1/sites/${siteId}/tokens`;

    // Act & Assess
    expect((await kw.as(auditor.key).get(tokens)).status).toBe(200);
    expect((await kw.as(auditor.key).post(tokens, { name: 't', scopes: { sites: 'read' } })).status).toBe(
      403,
    );
    expect((await kw.api.get(`${roles()}/${created.body.id}`)).body.members).toBe(1);
    // A change to the role applies at once to who holds it.
    await kw.api.patch(`${roles()}/${created.body.id}`, {
      permissions: ['resource:read', 'tokens:read', 'tokens:create'],
    });
    expect((await kw.as(auditor.key).post(tokens, { name: 't', scopes: { sites: 'read' } })).status).toBe(
      201,
    );

    // A role in use cannot be deleted; once no one holds it, it can.
    expect((await kw.api.delete(`${roles()}/${created.body.id}`)).status).toBe(409);
    expect((await kw.api.delete(`/v1/sites/${siteId}/members/${auditor.principalId}`)).status).toBe(204);
    expect((await kw.api.delete(`${roles()}/${created.body.id}`)).status).toBe(204);
    expect((await kw.as(auditor.key).get(tokens)).status).toBe(404);
    const actions = (await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=100`)).body.items.map(
      (event: { action: string }) => event.action,
    );
    for (const action of ['role.created', 'role.updated', 'role.deleted']) expect(actions).toContain(action);
  });

  it('lets nobody define or grant more than they hold', async () => {
    // A "member manager" may manage members and read, but holds no token permissions.
    const managerRole = (
      await kw.api.post(roles(), { name: 'Member manager', permissions: ['resource:read', 'members:manage'] })
    ).body;
    const manager = await createPrincipalWithKey(kw.api);
    expect(
      (
        await kw.api.put(`/v1/workspaces/${workspaceId}/members/${manager.principalId}`, {
          role: managerRole.id,
        })
      ).status,
    ).toBe(200);
    const someone = await createPrincipalWithKey(kw.api, { on: `/v1/sites/${siteId}`, role: 'member' });
    const asManager = kw.as(manager.key);

    const defined = await asManager.post(roles(), { name: 'Sneaky', permissions: ['tokens:reveal'] });
    expect(defined.status).toBe(403);
    expect(defined.body.message).toContain('tokens:reveal');
    expect(
      (await asManager.put(`/v1/workspaces/${workspaceId}/members/${someone.principalId}`, { role: 'admin' }))
        .status,
    ).toBe(403);
    expect(
      (
        await asManager.put(`/v1/workspaces/${workspaceId}/members/${someone.principalId}`, {
          role: 'member',
        })
      ).status,
    ).toBe(200);
    const widened = await asManager.patch(`${roles()}/${managerRole.id}`, {
      permissions: ['resource:read', 'members:manage', 'tokens:create'],
    });
    expect(widened.status).toBe(403);
  });

  it("answers another workspace's role ids like unknown ones", async () => {
    const { workspaceId: other } = await createWorkspaceAndSite(kw.api);
    const foreign = (
      await kw.api.post(`/v1/workspaces/${other}/roles`, { name: 'Theirs', permissions: ['resource:read'] })
    ).body;
    expect((await kw.api.get(`${roles()}/${foreign.id}`)).status).toBe(404);
    const person = await createPrincipalWithKey(kw.api);
    const granted = await kw.api.put(`/v1/workspaces/${workspaceId}/members/${person.principalId}`, {
      role: foreign.id,
    });
    expect(granted.status).toBe(422);
  });
});
