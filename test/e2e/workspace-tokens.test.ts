import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { createPrincipalWithKey, createWorkspaceAndSite } from '../support/e2e.js';
import { startHttpKeyward } from '../support/target.js';

describe('E2E: workspace tokens', () => {
  let kw: HttpKeyward;
  let workspaceId: string;

  beforeAll(async () => {
    kw = await startHttpKeyward();
    ({ workspaceId } = await createWorkspaceAndSite(kw.api, 'enterprise'));
  });
  afterAll(async () => kw?.stop());

  const base = () => `/v1/workspaces/${workspaceId}/tokens`;

  it('creates, lists, renames and revokes a workspace token with none/read scopes', async () => {
    const created = await kw.api.post(base(), { name: 'audit export', scopes: { audit_logs: 'read' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^kww_/);
    expect(created.body.scopes).toEqual({ workspace: 'none', audit_logs: 'read' });
    expect(created.body.staleAt).toEqual(expect.any(String));
    expect((await kw.api.get(base())).body.items).toHaveLength(1);
    expect((await kw.api.patch(`${base()}/${created.body.id}`, { name: 'renamed' })).body.name).toBe(
      'renamed',
    );
    expect((await kw.api.delete(`${base()}/${created.body.id}`)).body.status).toBe('revoked');
  });

  it('lowers access in place, and refuses to raise it (422 scope_widening_not_allowed, a detail per API)', async () => {
    const created = await kw.api.post(base(), {
      name: 'narrow',
      scopes: { workspace: 'read', audit_logs: 'read' },
    });
    const lowered = await kw.api.patch(`${base()}/${created.body.id}`, { scopes: { audit_logs: 'read' } });
    expect(lowered.body.scopes).toEqual({ workspace: 'none', audit_logs: 'read' });
    const raised = await kw.api.patch(`${base()}/${created.body.id}`, {
      scopes: { workspace: 'read', audit_logs: 'read' },
    });
    expect(raised.status).toBe(422);
    expect(raised.body.code).toBe('scope_widening_not_allowed');
    expect(raised.body.details).toEqual([
      { path: 'scopes.workspace', message: expect.stringContaining('generate a new token') },
    ]);
    expect((await kw.api.get(`${base()}/${created.body.id}`)).body.scopes).toEqual(lowered.body.scopes);
  });

  it('cannot be regenerated: 405 regenerate_not_supported says to create a new token', async () => {
    const created = await kw.api.post(base(), { name: 'fixed', scopes: { workspace: 'read' } });
    const response = await kw.api.post(`${base()}/${created.body.id}/regenerate`, {});
    expect(response.status).toBe(405);
    expect(response.body.code).toBe('regenerate_not_supported');
    expect(response.body.message).toContain('Create a new token');
  });

  it.each([
    ['a site API', { sites: 'read' }],
    ['write access', { audit_logs: 'write' }],
    ['custom code', { custom_code: 'read' }],
  ])('rejects %s with 422', async (_, scopes) => {
    expect((await kw.api.post(base(), { name: 'x', scopes })).status).toBe(422);
  });

  it('is an enterprise feature: a free workspace answers 403 plan_required', async () => {
    const { workspaceId: free } = await createWorkspaceAndSite(kw.api, 'free');
    const response = await kw.api.post(`/v1/workspaces/${free}/tokens`, {
      name: 'x',
      scopes: { workspace: 'read' },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('plan_required');
  });

  it('is managed by workspace admins only: a token-manager gets 403', async () => {
    const manager = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'token-manager',
    });
    const response = await kw.as(manager.key).post(base(), { name: 'x', scopes: { workspace: 'read' } });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'admin',
    });
    expect((await kw.as(admin.key).post(base(), { name: 'x', scopes: { workspace: 'read' } })).status).toBe(
      201,
    );
  });
});
