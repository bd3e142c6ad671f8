import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../shared/domain/clock.js';
import { REUSE_SETTLE_SECONDS } from '../../shared/domain/rotation.js';
import { createProjectWithContent, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** API tokens (seed 003): types, permissions, lifespans, regenerate with grace. */
describe('E2E: API tokens', () => {
  let kw: E2eKeyward;
  let project: Awaited<ReturnType<typeof createProjectWithContent>>;

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 0 });
    project = await createProjectWithContent(kw.api);
    await kw.api.post(`/v1/projects/${project.projectId}/content-types`, {
      name: 'author',
      pluralName: 'authors',
    });
    await kw.as(project.writerToken).post('/api/articles', { data: { title: 'Mostly Harmless' } });
  });
  afterAll(async () => {
    kw?.clock.reset();
    await kw?.stop();
  });

  const base = () => `/v1/projects/${project.projectId}/api-tokens`;
  const create = (body: Record<string, unknown>) =>
    kw.api.post(base(), { name: 'token', lifespan: null, ...body });

  it('lets a custom token with article:[find] list articles and nothing else', async () => {
    const created = await create({ type: 'custom', permissions: { article: ['find'] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'custom',
      permissions: { article: ['find'] },
      lifespan: null,
      expiresAt: null,
    });
    const as = kw.as(created.body.token);
    const found = await as.get('/api/articles');
    expect(found.status).toBe(200);
    expect(found.body.data.map((e: { data: { title: string } }) => e.data.title)).toEqual([
      'Mostly Harmless',
    ]);
    expect((await as.post('/api/articles', { data: { title: 'nope' } })).status).toBe(403);
    expect((await as.get(`/api/articles/${found.body.data[0].id}`)).status).toBe(403);
    expect((await as.get('/api/authors')).status).toBe(403);
  });

  it('lets a full-access token create, update and delete; a read-only token only read', async () => {
    const full = kw.as((await create({ type: 'full-access' })).body.token);
    const entry = await full.post('/api/authors', { data: { name: 'Douglas' } });
    expect(entry.status).toBe(201);
    const id = entry.body.data.id;
    expect(
      (await full.request('PUT', `/api/authors/${id}`, { body: { data: { name: 'D. Adams' } } })).body.data
        .data,
    ).toEqual({
      name: 'D. Adams',
    });
    const reader = kw.as((await create({ type: 'read-only' })).body.token);
    expect((await reader.get(`/api/authors/${id}`)).body.data.data.name).toBe('D. Adams');
    expect((await reader.delete(`/api/authors/${id}`)).status).toBe(403);
    expect((await full.delete(`/api/authors/${id}`)).status).toBe(204);
    expect((await reader.get(`/api/authors/${id}`)).status).toBe(404);
  });

  it('expires a 7-day token when the clock passes 7 days: 401 EXPIRED', async () => {
    const created = await create({ type: 'read-only', lifespan: 7 });
    expect(Date.parse(created.body.expiresAt) - Date.parse(created.body.createdAt)).toBe(7 * DAY_MS);
    const as = kw.as(created.body.token);
    expect((await as.get('/api/articles')).status).toBe(200);
    kw.clock.advance(7 * DAY_MS + 1_000);
    try {
      const expired = await as.get('/api/articles');
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('EXPIRED');
      expect((await kw.api.get(`${base()}/${created.body.id}`)).body.status).toBe('expired');
    } finally {
      kw.clock.reset();
    }
  });

  it('recomputes expiresAt from now when the lifespan changes, and clears it for unlimited', async () => {
    const created = await create({ type: 'read-only', lifespan: 30 });
    const patched = await kw.api.patch(`${base()}/${created.body.id}`, { lifespan: 90 });
    expect(patched.body.lifespan).toBe(90);
    expect(Date.parse(patched.body.expiresAt) - Date.parse(patched.body.updatedAt)).toBe(90 * DAY_MS);
    const unlimited = await kw.api.patch(`${base()}/${created.body.id}`, { lifespan: null });
    expect(unlimited.body).toMatchObject({ lifespan: null, expiresAt: null });
  });

  it('keeps the old value valid during a 60 s grace period after regenerate; using it later revokes the token where reuse detection is on', async () => {
    await kw.api.put(`/v1/projects/${project.projectId}/token-policy`, { reuseDetection: true });
    const created = await create({ type: 'read-only' });
    const regenerated = await kw.api.post(`${base()}/${created.body.id}/regenerate`, {
      gracePeriodSeconds: 60,
    });
    expect(regenerated.status).toBe(200);
    expect((await kw.as(created.body.token).get('/api/articles')).status).toBe(200);
    expect((await kw.as(regenerated.body.token).get('/api/articles')).status).toBe(200);
    kw.clock.advance(61_000 + REUSE_SETTLE_SECONDS * 1_000);
    try {
      expect((await kw.as(regenerated.body.token).get('/api/articles')).status).toBe(200);
      // Reuse detection: a rotated-out value presented after its grace and settle window revokes the token.
      expect((await kw.as(created.body.token).get('/api/articles')).status).toBe(401);
      expect((await kw.as(regenerated.body.token).get('/api/articles')).status).toBe(401);
    } finally {
      kw.clock.reset();
      await kw.api.put(`/v1/projects/${project.projectId}/token-policy`, { reuseDetection: false });
    }
  });

  it('lists name, description, type, dates; shows lastUsedAt once used; never the value', async () => {
    const created = await create({ type: 'read-only', name: 'listed', description: 'for the table' });
    await kw.as(created.body.token).get('/api/articles');
    const listed = await kw.api.get(`${base()}?limit=100`);
    const item = listed.body.items.find((t: { id: string }) => t.id === created.body.id);
    expect(item).toMatchObject({
      name: 'listed',
      description: 'for the table',
      type: 'read-only',
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
  });

  it.each([
    ['lifespan 8', { type: 'read-only', lifespan: 8 }, 'lifespan'],
    [
      'permissions on a read-only token',
      { type: 'read-only', permissions: { article: ['find'] } },
      'permissions',
    ],
    [
      'an action outside the five',
      { type: 'custom', permissions: { article: ['publish'] } },
      'permissions.article.0',
    ],
    ['a custom token without permissions', { type: 'custom' }, 'permissions'],
    ['an unknown content type', { type: 'custom', permissions: { planet: ['find'] } }, 'permissions.planet'],
    ['an unknown type', { type: 'admin' }, 'type'],
  ])('rejects %s with 422', async (_, body, path) => {
    const response = await create(body);
    expect(response.status).toBe(422);
    expect(response.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
