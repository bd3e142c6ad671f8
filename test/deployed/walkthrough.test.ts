import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeployedKeyward, startDeployedKeyward } from '../support/deployed.js';

/**
 * What `cdk deploy --all` deploys, run as AWS runs it: the management HTTP API and the sample REST API behind
 * the deployed REQUEST authorizer, each function from its own asset, every AWS call checked against its role.
 */
describe('Deployed: a walkthrough of the synthesized app', { timeout: 90_000 }, () => {
  let kw: DeployedKeyward;

  beforeAll(async () => {
    kw = await startDeployedKeyward();
  }, 120_000);
  afterAll(async () => kw?.stop());

  it('serves health, workspaces, sites and tokens; 400 on bad JSON, 404 on an unknown route', async () => {
    expect(await kw.api.get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Magrathea', plan: 'enterprise' });
    expect(workspace.status).toBe(201);
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Guide',
      shortName: 'guide',
    });
    expect(site.status).toBe(201);
    const token = await kw.api.post(`/v1/sites/${site.body.id}/tokens`, {
      name: 'CMS sync',
      scopes: { sites: 'read' },
    });
    expect(token.status).toBe(201);
    const listed = await kw.api.get(`/v1/sites/${site.body.id}/tokens`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([token.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain(token.body.token);

    const malformed = await kw.api.post('/v1/workspaces', undefined, { rawBody: '{"name":' });
    expect(malformed.status).toBe(400);
    const unknown = await kw.api.get('/v1/nothing-here');
    expect(unknown).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: 'No route matches GET /v1/nothing-here.' },
    });
    expect((await kw.as().get('/v1/workspaces')).status).toBe(401);
  });

  it('guards the sample API with the deployed authorizer: 200, 403 out of scope, 401 without a token, refused after revoke', async () => {
    // Prepare
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Sample', plan: 'enterprise' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Sample',
      shortName: 'sample',
    });
    const siteId = site.body.id as string;
    const token = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'reader',
      scopes: { sites: 'read' },
    });
    const reader = kw.sample(token.body.token);

    // Act & Assess
    const read = await reader.get(`/v2/sites/${siteId}`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.id).toBe(siteId);
    const publish = await reader.post(`/v2/sites/${siteId}/publish`);
    expect(publish.status).toBe(403);
    expect(publish.body.code).toBe('INSUFFICIENT_SCOPE');
    const anonymous = await kw.sample().get(`/v2/sites/${siteId}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHORIZED');

    const revoked = await kw.api.delete(`/v1/sites/${siteId}/tokens/${token.body.id}`);
    expect(revoked.status).toBe(200);
    const started = performance.now();
    let status = 200;
    while (status === 200 && performance.now() - started < 5_000) {
      status = (await reader.get(`/v2/sites/${siteId}`)).status;
      if (status === 200) await sleep(50);
    }
    expect(status).not.toBe(200);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
