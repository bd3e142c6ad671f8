import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { type DeployedKeyward, startDeployedKeyward } from '../support/deployed.js';
import { createProjectWithContent } from '../support/e2e.js';

/**
 * Asks until the answer is (or is no longer) a success, for up to three times the revocation bound: how long a
 * warm authorizer may answer from its cache before the change feed tells it of a revoke or a new value.
 */
const settledWithin = async (
  request: () => Promise<{ status: number }>,
  boundMs: number,
  allowed: boolean,
) => {
  const started = performance.now();
  let status = (await request()).status;
  while (status < 300 !== allowed && performance.now() - started < boundMs * 3) {
    await sleep(50);
    status = (await request()).status;
  }
  return { status, ms: performance.now() - started };
};
const refusedWithin = (request: () => Promise<{ status: number }>, boundMs: number) =>
  settledWithin(request, boundMs, false);

/**
 * Project (delivery) and API tokens on the deployed app: made by the management API, verified by the
 * deployed authorizer in front of the sample Content APIs, regenerated where the kind allows, revoked.
 * (Site and workspace tokens run in the shared end-to-end suites against the deployment too.)
 */
describe('Deployed: project and API tokens', { timeout: 90_000 }, () => {
  let kw: DeployedKeyward;
  let project: Awaited<ReturnType<typeof createProjectWithContent>>;
  let articleId: string;

  beforeAll(async () => {
    kw = await startDeployedKeyward();
    project = await createProjectWithContent(kw.api);
    const created = await kw
      .sample(project.writerToken)
      .post('/api/articles', { data: { title: 'Don’t Panic' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    articleId = created.body.data.id;
  }, 120_000);
  afterAll(async () => kw?.stop());

  it('project tokens: create, read content with the secret, no regenerate, revoke', async () => {
    // Prepare
    const base = `/v1/projects/${project.projectId}/tokens`;
    const created = await kw.api.post(base, { title: 'Website' });
    expect(created.status).toBe(201);
    const patched = await kw.api.patch(`${base}/${created.body.id}`, {
      secretKeyEnabled: true,
      secretKey: 'correct horse battery staple',
    });
    expect(patched.status).toBe(200);
    const reader: ApiClient = kw.sample(created.body.token);
    const withSecret = { headers: { 'x-token-secret': 'correct horse battery staple' } };

    // Act & Assess
    expect((await reader.get('/v2/content/article?limit=5')).status).toBe(403);
    const entry = await reader.get(`/v2/content/article/${articleId}`, withSecret);
    expect(entry.status, JSON.stringify(entry.body)).toBe(200);
    expect(entry.body.data).toEqual({ title: 'Don’t Panic' });
    expect((await kw.api.post(`${base}/${created.body.id}/regenerate`, {})).status).toBe(404);
    expect((await kw.api.delete(`${base}/${created.body.id}`)).status).toBe(204);
    const refused = await refusedWithin(
      () => reader.get(`/v2/content/article/${articleId}`, withSecret),
      1_000,
    );
    expect(refused.status).toBe(401);
  });

  it('API tokens: custom permissions, regenerate with grace 0 retiring the old value, revoke', async () => {
    // Prepare
    const base = `/v1/projects/${project.projectId}/api-tokens`;
    const created = await kw.api.post(base, {
      name: 'finder',
      type: 'custom',
      permissions: { article: ['find'] },
      lifespan: 7,
    });
    expect(created.status).toBe(201);
    expect(created.body.expiresAt).not.toBeNull();
    const finder = kw.sample(created.body.token);

    // Act & Assess: its one action, and none other
    const found = await finder.get('/api/articles');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.data.map((e: { id: string }) => e.id)).toContain(articleId);
    expect((await finder.post('/api/articles', { data: { title: 'nope' } })).status).toBe(403);

    const regenerated = await kw.api.post(`${base}/${created.body.id}/regenerate`, { gracePeriodSeconds: 0 });
    expect(regenerated.status).toBe(200);
    const renewed = kw.sample(regenerated.body.token);
    // A warm authorizer holds the old value's record until the feed says otherwise (within the bound).
    expect((await settledWithin(() => renewed.get('/api/articles'), 1_000, true)).status).toBe(200);
    expect((await refusedWithin(() => finder.get('/api/articles'), 1_000)).status).toBe(401);

    expect((await kw.api.delete(`${base}/${created.body.id}`)).status).toBe(204);
    expect((await refusedWithin(() => renewed.get('/api/articles'), 1_000)).status).toBe(401);
  });

  it('serves the content API over GraphQL from its own function, each field authorized as its REST route', async () => {
    const base = `/v1/projects/${project.projectId}/api-tokens`;
    const reader = (await kw.api.post(base, { name: 'gql', type: 'read-only', lifespan: 7 })).body.token;
    const graphql = (query: string) => kw.sample(reader).post('/graphql', { query });
    const found = await graphql('{ find(pluralName: "articles") { data { id } } }');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.data.find.data.map((entry: { id: string }) => entry.id)).toContain(articleId);
    const refused = await graphql(`mutation { delete(pluralName: "articles", id: "${articleId}") }`);
    expect(refused.body.errors[0].extensions.code).toBe('INSUFFICIENT_SCOPE');
  });

  it('answers 503 STORE_UNAVAILABLE with Retry-After while DynamoDB is down (the gateway response for an authorizer failure), then serves again', async () => {
    // Prepare: a token no authorizer instance has seen, so verifying it needs the store
    const created = await kw.api.post(`/v1/projects/${project.projectId}/api-tokens`, {
      name: 'outage',
      type: 'read-only',
      lifespan: 7,
    });
    expect(created.status).toBe(201);
    const reader = kw.sample(created.body.token);

    // Act
    kw.emulation.services.setUnavailable('dynamodb', true);
    let during: Awaited<ReturnType<ApiClient['get']>>;
    try {
      during = await reader.get('/api/articles');
    } finally {
      kw.emulation.services.setUnavailable('dynamodb', false);
    }

    // Assess
    expect(during.status, JSON.stringify(during.body)).toBe(503);
    expect(during.body).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(during.headers.get('retry-after')).toBe('1');
    expect((await reader.get('/api/articles')).status).toBe(200);
  });
});
