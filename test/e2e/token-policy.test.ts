import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithContent, type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Token policies: limits a workspace or project sets on its tokens, enforced on create and update. */
describe('E2E: token policies', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;
  let projectId: string;

  beforeAll(async () => {
    ({ kw, workspaceId, siteId } = await startWithSite());
    ({ projectId } = await createProjectWithContent(kw.api));
  });
  afterAll(async () => kw?.stop());

  const problemsOf = (response: { status: number; body: any }) => {
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('token_policy_violation');
    return response.body.details.map((detail: { path: string }) => detail.path);
  };

  it('holds site tokens to the scope ceiling, and gives them an end date within the maximum lifetime', async () => {
    // Prepare
    const policy = await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, {
      maxLifetimeDays: 30,
      scopeCeiling: { sites: 'read', cms: 'read' },
    });
    expect(policy.body).toMatchObject({ reuseDetection: false, maxLifetimeDays: 30 });

    // Act
    const above = await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'w', scopes: { sites: 'write' } });
    const within = await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'r', scopes: { sites: 'read' } });

    // Assess
    expect(problemsOf(above)).toEqual(['scopes.sites']);
    expect(above.body.details[0].message).toMatch(/scopeCeiling/);
    expect(within.status).toBe(201);
    const days = (Date.parse(within.body.expiresAt) - kw.clock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, {});
    await kw.api.delete(`/v1/sites/${siteId}/tokens/${within.body.id}`);
  });

  it('holds workspace tokens to the scope ceiling and an end date, and lets nothing bind admin keys', async () => {
    await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, {
      maxLifetimeDays: 7,
      scopeCeiling: { audit_logs: 'read' },
    });
    const create = (scopes: Record<string, string>) =>
      kw.api.post(`/v1/workspaces/${workspaceId}/tokens`, { name: 'w', scopes });

    expect(problemsOf(await create({ workspace: 'read' }))).toEqual(['scopes.workspace']);
    const within = await create({ audit_logs: 'read' });
    expect(within.status, JSON.stringify(within.body)).toBe(201);
    expect(Date.parse(within.body.expiresAt) - kw.clock.now().getTime()).toBeLessThanOrEqual(7 * 86_400_000);
    // Admin keys belong to principals, not to a workspace or project: no token policy binds them.
    const me = (await kw.api.get('/v1/principals/me')).body.id;
    expect((await kw.api.post(`/v1/principals/${me}/admin-keys`, { name: 'spare' })).status).toBe(201);
    await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, {});
    await kw.api.delete(`/v1/workspaces/${workspaceId}/tokens/${within.body.id}`);
  });

  it('holds API tokens to the maximum lifetime and the allowed types', async () => {
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, {
      maxLifetimeDays: 30,
      apiTokenTypes: ['read-only', 'custom'],
    });
    const create = (body: Record<string, unknown>) =>
      kw.api.post(`/v1/projects/${projectId}/api-tokens`, { name: 'a', type: 'read-only', ...body });

    expect(problemsOf(await create({ lifespan: null }))).toEqual(['lifespan']);
    expect(problemsOf(await create({ lifespan: 90 }))).toEqual(['lifespan']);
    expect(problemsOf(await create({ lifespan: 30, type: 'full-access' }))).toEqual(['type']);
    const ok = await create({ lifespan: 30 });
    expect(ok.status).toBe(201);
    // A change is held to what it sets: a longer lifespan is refused, a rename is not.
    const item = `/v1/projects/${projectId}/api-tokens/${ok.body.id}`;
    expect(problemsOf(await kw.api.patch(item, { lifespan: 90 }))).toEqual(['lifespan']);
    const renamed = await kw.api.patch(item, { name: 'renamed' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, {});
  });

  it('holds project tokens to IP restrictions and a minimum secret-key length', async () => {
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, {
      requireIpRestrictions: true,
      minSecretKeyLength: 20,
    });
    const create = (body: Record<string, unknown>) =>
      kw.api.post(`/v1/projects/${projectId}/tokens`, { title: 'cdn', ...body });

    expect(problemsOf(await create({}))).toEqual(['ipRestrictionsEnabled']);
    const shortKey = await create({
      ipRestrictionsEnabled: true,
      ipValues: ['10.0.0.0/8'],
      secretKeyEnabled: true,
      secretKey: 'twelve-chars',
    });
    expect(problemsOf(shortKey)).toEqual(['secretKey']);
    expect(JSON.stringify(shortKey.body)).not.toContain('twelve-chars');
    const ok = await create({ ipRestrictionsEnabled: true, ipValues: ['10.0.0.0/8'] });
    expect(ok.status).toBe(201);
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, {});
    await kw.api.delete(`/v1/projects/${projectId}/tokens/${ok.body.id}`);
  });

  it('lists tokens that break a new policy, and leaves them as they are', async () => {
    // Prepare: an unlimited API token, made before the policy
    const unlimited = await kw.api.post(`/v1/projects/${projectId}/api-tokens`, {
      name: 'forever',
      type: 'full-access',
      lifespan: null,
    });

    // Act
    const put = await kw.api.put(`/v1/projects/${projectId}/token-policy`, {
      maxLifetimeDays: 90,
      apiTokenTypes: ['read-only'],
    });
    const read = await kw.api.get(`/v1/projects/${projectId}/token-policy`);

    // Assess
    const mine = (view: { violations: { tokenId: string; problems: { path: string }[] }[] }) =>
      view.violations.find((violation) => violation.tokenId === unlimited.body.id);
    expect(mine(put.body)?.problems.map((problem) => problem.path)).toEqual(['lifespan', 'type']);
    expect(mine(read.body)).toEqual(mine(put.body));
    expect((await kw.as(unlimited.body.token).get('/api/articles')).status).toBe(200);
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, {});
  });

  it('refuses policy values out of range with 422', async () => {
    for (const body of [
      { maxLifetimeDays: 0 },
      { maxLifetimeDays: 4_000 },
      { minSecretKeyLength: 8 },
      { apiTokenTypes: [] },
      { scopeCeiling: { nope: 'read' } },
    ]) {
      const refused = await kw.api.put(`/v1/projects/${projectId}/token-policy`, body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
    }
  });
});
