import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { createPrincipalWithKey, createWorkspaceAndSite } from '../support/e2e.js';
import { startHttpKeyward } from '../support/target.js';

describe('E2E: audit log', () => {
  let kw: HttpKeyward;
  let workspaceId: string;
  let siteId: string;

  beforeAll(async () => {
    kw = await startHttpKeyward();
    ({ workspaceId, siteId } = await createWorkspaceAndSite(kw.api));
  });
  afterAll(async () => kw?.stop());

  it('records token and site changes with actor, time, source IP and user agent, newest first', async () => {
    // Prepare
    const created = await kw.api.post(
      `/v1/sites/${siteId}/tokens`,
      { name: 'audited', scopes: { cms: 'write' } },
      {
        headers: { 'user-agent': 'audit-test/1.0' },
      },
    );
    await kw.api.patch(`/v1/sites/${siteId}/tokens/${created.body.id}`, {
      name: 'audited-2',
      scopes: { cms: 'read' },
    });
    await kw.api.post(`/v1/sites/${siteId}/tokens/${created.body.id}/regenerate`, {});
    await kw.api.delete(`/v1/sites/${siteId}/tokens/${created.body.id}`);
    await kw.api.patch(`/v1/sites/${siteId}`, { timeZone: 'Europe/London' });

    // Act
    const log = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=100`);

    // Assess
    expect(log.status).toBe(200);
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'site.updated',
      'token.revoked',
      'token.regenerated',
      'token.updated',
      'token.created',
      'site.created',
      'workspace.created',
    ]);
    const tokenCreated = log.body.items.find((e: { action: string }) => e.action === 'token.created');
    expect(tokenCreated).toMatchObject({
      target: { type: 'token', id: created.body.id, kind: 'site', name: 'audited' },
      actor: {
        principalId: expect.any(String),
        keyId: expect.any(String),
        sourceIp: '127.0.0.1',
        userAgent: 'audit-test/1.0',
      },
    });
    expect(log.body.items.find((e: { action: string }) => e.action === 'token.updated').changes).toEqual([
      'name',
      'scopes',
    ]);
    expect(JSON.stringify(log.body)).not.toContain(created.body.token);
  });

  it('paginates with an opaque cursor', async () => {
    const first = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=2`);
    const second = await kw.api.get(
      `/v1/workspaces/${workspaceId}/audit-logs?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items[0].at <= first.body.items[1].at).toBe(true);
  });

  it('records membership changes and is readable by workspace admins only', async () => {
    const viewer = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'token-viewer',
    });
    expect((await kw.as(viewer.key).get(`/v1/workspaces/${workspaceId}/audit-logs`)).status).toBe(403);
    const latest = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=1`);
    expect(latest.body.items[0]).toMatchObject({
      action: 'member.added',
      target: { id: viewer.principalId, name: 'token-viewer' },
    });
  });

  it('rejects a limit outside 1..100 with 422', async () => {
    const response = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=1000`);
    expect(response.status).toBe(422);
    expect(response.body.details[0].path).toBe('query.limit');
  });

  it("records a member's mail preferences where they are a member, naming the fields and never their values", async () => {
    const { workspaceId: shared } = await createWorkspaceAndSite(kw.api);
    const member = await createPrincipalWithKey(kw.api, { on: `/v1/workspaces/${shared}`, role: 'member' });
    const changed = await kw.as(member.key).patch('/v1/principals/me', {
      email: 'quiet@example.com',
      emailNotifications: false,
    });
    expect(changed.status).toBe(200);

    const log = await kw.api.get(`/v1/workspaces/${shared}/audit-logs`);
    const updated = log.body.items.find((event: { action: string }) => event.action === 'principal.updated');
    expect(updated).toMatchObject({
      target: { type: 'principal', id: member.principalId },
      actor: { principalId: member.principalId },
      changes: ['email', 'emailNotifications'],
    });
    expect(JSON.stringify(log.body)).not.toContain('quiet@example.com');
  });

  it("keeps a principal's own log — its creation, changes and admin keys — readable by itself and the owner only", async () => {
    const someone = await createPrincipalWithKey(kw.api);
    const stranger = await createPrincipalWithKey(kw.api);
    await kw.as(someone.key).patch('/v1/principals/me', { email: 'me@example.com' });
    const path = `/v1/principals/${someone.principalId}/audit-logs`;

    const own = await kw.as(someone.key).get(path);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const actions = own.body.items.map((event: { action: string }) => event.action);
    for (const action of ['principal.created', 'principal.updated', 'token.created'])
      expect(actions).toContain(action);
    expect(JSON.stringify(own.body)).not.toContain('me@example.com');
    expect((await kw.api.get(path)).status).toBe(200);
    expect((await kw.as(stranger.key).get(path)).status).toBe(404);
  });

  it('records what a webhook update changed, under the endpoint as it now is', async () => {
    const { workspaceId: hooked } = await createWorkspaceAndSite(kw.api);
    const endpoint = await kw.api.post(`/v1/workspaces/${hooked}/webhooks`, {
      url: 'https://hooks.example.com/old',
      events: ['token.created'],
    });
    await kw.api.patch(`/v1/workspaces/${hooked}/webhooks/${endpoint.body.id}`, {
      url: 'https://hooks.example.com/new',
    });

    const log = await kw.api.get(`/v1/workspaces/${hooked}/audit-logs`);
    expect(
      log.body.items.find((event: { action: string }) => event.action === 'webhook.updated'),
    ).toMatchObject({
      target: { type: 'webhook', id: endpoint.body.id, name: 'https://hooks.example.com/new' },
      changes: ['url'],
    });
  });
});
