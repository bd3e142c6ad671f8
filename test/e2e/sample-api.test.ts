import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

const REVOCATION_BOUND_MS = 1_000;

/** The sample Data API behind the real token authorizer, as a Keyward user would protect an API. */
describe('E2E: sample Data API behind the token authorizer', () => {
  let kw: E2eKeyward;
  let own: { workspaceId: string; siteId: string };
  let other: { workspaceId: string; siteId: string };

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: REVOCATION_BOUND_MS });
    own = await createWorkspaceAndSite(kw.api);
    other = await createWorkspaceAndSite(kw.api);
  });
  afterAll(async () => kw?.stop());

  const siteToken = async (scopes: Record<string, string>) =>
    (await kw.api.post(`/v1/sites/${own.siteId}/tokens`, { name: 'sample', scopes })).body;
  const expireCache = () => kw.clock.advance(REVOCATION_BOUND_MS + 1);

  it('lets a sites:read token read its site, and nothing more; never raised in place; 401 after revoke', async () => {
    // Prepare
    const token = await siteToken({ sites: 'read' });
    const as = kw.as(token.token);

    // Act & Assess: read its own site, with the seed's fields
    const site = await as.get(`/v2/sites/${own.siteId}`);
    expect(site.status).toBe(200);
    expect(Object.keys(site.body)).toEqual(
      expect.arrayContaining([
        'id',
        'workspaceId',
        'displayName',
        'shortName',
        'previewUrl',
        'timeZone',
        'createdOn',
      ]),
    );
    expect(site.body.customDomains).toEqual([]);

    // Not publish (write), not custom code (never), not another site
    expect((await as.post(`/v2/sites/${own.siteId}/publish`)).status).toBe(403);
    const customCode = await as.get(`/v2/sites/${own.siteId}/custom_code`);
    expect(customCode.status).toBe(403);
    expect(customCode.body.code).toBe('INSUFFICIENT_SCOPE');
    expect((await as.get(`/v2/sites/${other.siteId}`)).status).toBe(403);
    expect((await as.get('/v2/sites/*/publish')).status).toBe(405);
    expect((await as.post('/v2/sites/*/publish')).status).toBe(403);

    // Raising access in place is refused ("mint a new one if you need to add new scopes")
    const widened = await kw.api.patch(`/v1/sites/${own.siteId}/tokens/${token.id}`, {
      scopes: { sites: 'write' },
    });
    expect(widened.status).toBe(422);
    expect(widened.body).toMatchObject({
      code: 'scope_widening_not_allowed',
      details: [{ path: 'scopes.sites' }],
    });
    expireCache();
    expect((await as.post(`/v2/sites/${own.siteId}/publish`)).status).toBe(403);
    const writer = await siteToken({ sites: 'write' });
    const published = await kw.as(writer.token).post(`/v2/sites/${own.siteId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.lastPublished).toEqual(expect.any(String));

    // Revoke: refused within the revocation bound
    await kw.api.delete(`/v1/sites/${own.siteId}/tokens/${token.id}`);
    expireCache();
    const revoked = await as.get(`/v2/sites/${own.siteId}`);
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('REVOKED');
  });

  it('lists the sites a site token can see', async () => {
    const token = await siteToken({ sites: 'read' });
    const listed = await kw.as(token.token).get('/v2/sites');
    expect(listed.body.sites.map((s: { id: string }) => s.id)).toEqual([own.siteId]);
  });

  it('lets a workspace token read its audit logs and refuses every /v2/sites route', async () => {
    const created = await kw.api.post(`/v1/workspaces/${own.workspaceId}/tokens`, {
      name: 'audit',
      scopes: { audit_logs: 'read', workspace: 'read' },
    });
    const as = kw.as(created.body.token);
    const logs = await as.get(`/v2/workspaces/${own.workspaceId}/audit_logs`);
    expect(logs.status).toBe(200);
    expect(logs.body.items.length).toBeGreaterThan(0);
    expect((await as.get(`/v2/workspaces/${own.workspaceId}`)).body.plan).toBe('enterprise');
    expect((await as.get(`/v2/workspaces/${other.workspaceId}/audit_logs`)).status).toBe(403);
    for (const path of ['/v2/sites', `/v2/sites/${own.siteId}`, `/v2/sites/${own.siteId}/custom_code`]) {
      expect((await as.get(path)).status, path).toBe(403);
    }
    expect((await as.post(`/v2/sites/${own.siteId}/publish`)).status).toBe(403);
  });

  it('introspects the presented token without revealing its value', async () => {
    const token = await siteToken({ cms: 'read' });
    const response = await kw.as(token.token).get('/v2/token/introspect');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: token.id,
      kind: 'site',
      ownerId: own.siteId,
      scopes: { cms: 'read' },
    });
    expect(JSON.stringify(response.body)).not.toContain(token.token);
  });

  it.each([
    ['no header', {}],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['another scheme', { authorization: 'Token abc' }],
    ['garbage', { authorization: 'Bearer garbage' }],
    ['a 10 KB header', { authorization: `Bearer ${'x'.repeat(10_000)}` }],
  ])('answers %s with 401 and no DynamoDB read', async (_, headers) => {
    kw.authorizerCalls.reset();
    const response = await kw.as().get(`/v2/sites/${own.siteId}`, { headers });
    expect(response.status).toBe(401);
    expect(kw.authorizerCalls.total()).toBe(0);
  });

  it('accepts the bearer scheme in any case', async () => {
    const token = await siteToken({ sites: 'read' });
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const response = await kw
        .as()
        .get(`/v2/sites/${own.siteId}`, { headers: { authorization: `${scheme} ${token.token}` } });
      expect(response.status, scheme).toBe(200);
    }
  });

  it('refuses an admin key on the Data API (wrong kind) with 403', async () => {
    expect((await kw.as(kw.ownerKey).get('/v2/sites')).status).toBe(403);
  });
});
