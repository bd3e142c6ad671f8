import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithContent, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** Project (delivery) tokens: seed 002's attributes, restrictions and request logs. */
describe('E2E: project tokens', () => {
  let kw: E2eKeyward;
  let project: Awaited<ReturnType<typeof createProjectWithContent>>;
  let articleId: string;

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 0 });
    project = await createProjectWithContent(kw.api);
    const created = await kw
      .as(project.writerToken)
      .post('/api/articles', { data: { title: 'Don’t Panic' } });
    expect(created.status).toBe(201);
    articleId = created.body.data.id;
  });
  afterAll(async () => kw?.stop());

  const base = () => `/v1/projects/${project.projectId}/tokens`;

  it('reads content only from allowed IPs with the secret, logs every call, and refuses a foreign allowlist', async () => {
    // Prepare
    const created = await kw.api.post(base(), { title: 'Website', description: 'prod site' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Website',
      environment: project.mainEnvironmentId,
      disabled: false,
      ipRestrictionsEnabled: false,
      secretKeyEnabled: false,
    });
    const patched = await kw.api.patch(`${base()}/${created.body.id}`, {
      ipRestrictionsEnabled: true,
      ipValues: ['127.0.0.0/8', '::1'],
      secretKeyEnabled: true,
      secretKey: 'correct horse battery staple',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      ipRestrictionsEnabled: true,
      ipValues: ['127.0.0.0/8', '::1'],
      secretKeyEnabled: true,
    });
    expect(JSON.stringify(patched.body)).not.toContain('correct horse');
    const reader = kw.as(created.body.token);
    const withSecret = {
      headers: { 'x-token-secret': 'correct horse battery staple', 'user-agent': 'e2e-reader/1.0' },
    };

    // Act & Assess: the secret is required
    expect((await reader.get('/v2/content/article?limit=5')).status).toBe(403);
    const listed = await reader.get('/v2/content/article?limit=5', withSecret);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([articleId]);
    expect((await reader.get(`/v2/content/article/${articleId}`, withSecret)).body.data).toEqual({
      title: 'Don’t Panic',
    });
    // Refusals are logged at most once a second per token: step past that before each one.
    kw.clock.advance(1_000);
    const wrongSecret = await reader.get('/v2/content/article', {
      headers: { 'x-token-secret': 'wrong secret value' },
    });
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body.code).toBe('FORBIDDEN');

    // The allowlist moves away from this machine: refused, and logged
    await kw.api.patch(`${base()}/${created.body.id}`, { ipValues: ['10.0.0.0/8'] });
    kw.clock.advance(1_000);
    const foreign = await reader.get('/v2/content/article', withSecret);
    kw.clock.reset();
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('FORBIDDEN');

    const logs = await kw.api.get(`${base()}/${created.body.id}/logs`);
    expect(logs.status).toBe(200);
    expect(logs.body.items.map((entry: { outcome: string }) => entry.outcome)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'VALID',
      'VALID',
      'FORBIDDEN',
    ]);
    expect(logs.body.items[3]).toMatchObject({
      method: 'GET',
      path: '/v2/content/article',
      query: 'limit=5',
      userAgent: 'e2e-reader/1.0',
      sourceIp: '127.0.0.1',
      country: null,
    });
    expect(JSON.stringify(logs.body)).not.toContain('correct horse');
  });

  it('requires the configured headers (names case-insensitively), and ignores geo headers from clients', async () => {
    const created = await kw.api.post(base(), {
      title: 'Geo',
      requiredHeaders: { 'X-Client': 'mobile-app' },
    });
    const reader = kw.as(created.body.token);
    expect((await reader.get('/v2/content/article')).status).toBe(403);
    const geo = {
      'x-client': 'mobile-app',
      'cloudfront-viewer-country': 'GB',
      'cloudfront-viewer-city': 'London',
    };
    expect((await reader.get('/v2/content/article', { headers: geo })).status).toBe(200);
    expect((await reader.get('/v2/content/article', { headers: { 'x-client': 'Mobile-App' } })).status).toBe(
      403,
    );
    const logs = await kw.api.get(`${base()}/${created.body.id}/logs`);
    // This server is not behind CloudFront: a client's own viewer headers prove nothing.
    const allowed = logs.body.items.filter((entry: { outcome: string }) => entry.outcome === 'VALID');
    expect(allowed).toEqual([expect.objectContaining({ country: null, city: null })]);
  });

  it('turns a flood of refused requests into one log entry a second, with the count not logged', async () => {
    const created = await kw.api.post(base(), { title: 'Flooded', requiredHeaders: { 'x-app': '1' } });
    const reader = kw.as(created.body.token);
    const flood = await Promise.all(
      Array.from({ length: 40 }, () =>
        reader.get('/v2/content/article', { headers: { 'user-agent': 'x'.repeat(4_000) } }),
      ),
    );
    expect(flood.every((response) => response.status === 403)).toBe(true);
    kw.clock.advance(1_000);
    try {
      expect((await reader.get('/v2/content/article')).status).toBe(403);
    } finally {
      kw.clock.reset();
    }
    const logs = await kw.api.get(`${base()}/${created.body.id}/logs`);
    expect(logs.body.items).toHaveLength(2);
    expect(logs.body.items[0]).toMatchObject({ outcome: 'FORBIDDEN', refusalsNotLogged: 39 });
    expect(logs.body.items[1].userAgent).toHaveLength(512);
  });

  it('records CloudFront geo headers where the deployment trusts them', async () => {
    const behindCloudFront = await startE2eKeyward({ revocationBoundMs: 0, geoSource: 'cloudfront' });
    try {
      const other = await createProjectWithContent(behindCloudFront.api);
      const created = await behindCloudFront.api.post(`/v1/projects/${other.projectId}/tokens`, {
        title: 'Geo',
      });
      const headers = { 'cloudfront-viewer-country': 'GB', 'cloudfront-viewer-city': 'London' };
      expect(
        (await behindCloudFront.as(created.body.token).get('/v2/content/article', { headers })).status,
      ).toBe(200);
      const logs = await behindCloudFront.api.get(
        `/v1/projects/${other.projectId}/tokens/${created.body.id}/logs`,
      );
      expect(logs.body.items[0]).toMatchObject({ outcome: 'VALID', country: 'GB', city: 'London' });
    } finally {
      await behindCloudFront.stop();
    }
  });

  it('refuses a disabled token with 401 DISABLED, and takes it back when enabled', async () => {
    const created = await kw.api.post(base(), { title: 'Off', disabled: true });
    const disabled = await kw.as(created.body.token).get('/v2/content/article');
    expect(disabled.status).toBe(401);
    expect(disabled.body.code).toBe('DISABLED');
    await kw.api.patch(`${base()}/${created.body.id}`, { disabled: false });
    expect((await kw.as(created.body.token).get('/v2/content/article')).status).toBe(200);
  });

  it('is read-only: 403 on write routes and on other APIs', async () => {
    const created = await kw.api.post(base(), { title: 'Reader' });
    const reader = kw.as(created.body.token);
    expect((await reader.post('/api/articles', { data: { title: 'x' } })).status).toBe(403);
    expect((await reader.get('/api/articles')).status).toBe(403);
    expect((await reader.get('/v2/sites')).status).toBe(403);
  });

  it('serves the environment the token is bound to, and moves with it', async () => {
    const staging = await kw.api.post(`/v1/projects/${project.projectId}/environments`, { name: 'staging' });
    const created = await kw.api.post(base(), { title: 'Staging', environment: staging.body.id });
    expect(created.body.environment).toBe(staging.body.id);
    expect((await kw.as(created.body.token).get('/v2/content/article')).body.items).toEqual([]);
    const moved = await kw.api.patch(`${base()}/${created.body.id}`, {
      environment: project.mainEnvironmentId,
    });
    expect(moved.body.environment).toBe(project.mainEnvironmentId);
    expect((await kw.as(created.body.token).get('/v2/content/article')).body.items).toHaveLength(1);
    // The staging environment no longer has active tokens, so it can go.
    expect(
      (await kw.api.delete(`/v1/projects/${project.projectId}/environments/${staging.body.id}`)).status,
    ).toBe(204);
  });

  it.each([
    ['an invalid IPv4 address', { ipValues: ['300.1.1.1'] }, 'ipValues.0'],
    ['an invalid IPv6 address', { ipValues: ['::g'] }, 'ipValues.0'],
    ['an impossible prefix', { ipValues: ['10.0.0.0/33'] }, 'ipValues.0'],
    ['a secret key of 11 characters', { secretKey: 'elevenchars' }, 'secretKey'],
    ['enabling the secret without a key', { secretKeyEnabled: true }, 'secretKey'],
    ['enabling IP restrictions with no address', { ipRestrictionsEnabled: true }, 'ipValues'],
    ['an unknown environment', { environment: 'ffffffffffffffffffffffff' }, 'environment'],
  ])('rejects %s with 422 on the field', async (_, patch, path) => {
    const created = await kw.api.post(base(), { title: 'Validated' });
    const response = await kw.api.patch(`${base()}/${created.body.id}`, patch);
    expect(response.status).toBe(422);
    expect(response.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("rejects another project's environment with 422", async () => {
    const other = await kw.api.post('/v1/projects', { name: 'Other' });
    const [otherEnvironment] = (await kw.api.get(`/v1/projects/${other.body.id}/environments`)).body.items;
    const response = await kw.api.post(base(), { title: 'Cross', environment: otherEnvironment.id });
    expect(response.status).toBe(422);
    expect(response.body.details[0].path).toBe('environment');
  });

  it('allows 100 active tokens per environment and refuses the 101st with 409', async () => {
    const environment = await kw.api.post(`/v1/projects/${project.projectId}/environments`, {
      name: 'crowded',
    });
    const results = [];
    for (let batch = 0; batch < 10; batch += 1) {
      results.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            kw.api.post(base(), { title: `t${batch}-${i}`, environment: environment.body.id }),
          ),
        )),
      );
    }
    expect(results.every((r) => r.status === 201)).toBe(true);
    const extra = await kw.api.post(base(), { title: 'extra', environment: environment.body.id });
    expect(extra.status).toBe(409);
    expect(extra.body.code).toBe('token_limit_reached');
    expect(
      (await kw.api.delete(`/v1/projects/${project.projectId}/environments/${environment.body.id}`)).body
        .code,
    ).toBe('environment_in_use');
  });
});
