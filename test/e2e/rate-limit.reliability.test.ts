import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Per-token rate limits, enforced by the real authorizer in front of the sample API. */
describe('E2E: per-token rate limiting', () => {
  let kw: E2eKeyward;
  let siteId: string;

  beforeAll(async () => ({ kw, siteId } = await startWithSite()));
  afterAll(async () => kw?.stop());

  /** Moves the clock to just after a window boundary, so a burst cannot straddle two windows. */
  const startOfWindow = (windowSeconds: number) => {
    const now = Date.now();
    kw.clock.set(new Date(now - (now % (windowSeconds * 1_000)) + windowSeconds * 1_000 + 1));
  };

  const limitedToken = async (rateLimit: { limit: number; windowSeconds: number }) => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'limited',
      scopes: { sites: 'read' },
      rateLimit,
    });
    expect(created.status).toBe(201);
    expect(created.body.rateLimit).toEqual(rateLimit);
    return created.body as { id: string; token: string };
  };

  it('allows exactly the limit among 100 parallel calls, and answers the rest 429 with Retry-After', async () => {
    // Prepare
    const { id, token } = await limitedToken({ limit: 10, windowSeconds: 60 });
    startOfWindow(60);

    try {
      // Act
      const responses = await Promise.all(
        Array.from({ length: 100 }, () => kw.as(token).get(`/v2/sites/${siteId}`)),
      );

      // Assess
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(90);
      const limited = responses.find((response) => response.status === 429)!;
      expect(limited.body.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);

      // The next window starts afresh.
      kw.clock.advance(60_000);
      expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);

      // /v1/verify reports the limit too, with the wait.
      const verified = await kw.api.post('/v1/verify', { token, method: 'GET', path: `/v2/sites/${siteId}` });
      expect(verified.body.valid).toBe(true);
      for (let i = 0; i < 8; i += 1) await kw.api.post('/v1/verify', { token });
      const refused = await kw.api.post('/v1/verify', { token });
      expect(refused.body).toMatchObject({ valid: false, code: 'RATE_LIMITED', token: { id } });
      expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      kw.clock.reset();
    }
  });

  it('counts nothing for requests refused for another reason', async () => {
    const { token } = await limitedToken({ limit: 2, windowSeconds: 60 });
    startOfWindow(60);
    try {
      for (let i = 0; i < 5; i += 1)
        expect((await kw.as(token).post(`/v2/sites/${siteId}/publish`, {})).status).toBe(403);
      expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
      expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
      expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(429);
    } finally {
      kw.clock.reset();
    }
  });

  it('lifts a limit set to null, and rejects a limit out of bounds with field details', async () => {
    const { id, token } = await limitedToken({ limit: 1, windowSeconds: 3_600 });
    await kw.as(token).get(`/v2/sites/${siteId}`);
    expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(429);
    const lifted = await kw.api.patch(`/v1/sites/${siteId}/tokens/${id}`, { rateLimit: null });
    expect(lifted.status).toBe(200);
    expect(lifted.body.rateLimit).toBeNull();
    // The authorizer may serve its cached item for up to the revocation bound; move past it.
    kw.clock.advance(1_100);
    try {
      expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
    } finally {
      kw.clock.reset();
    }
    const invalid = await kw.api.patch(`/v1/sites/${siteId}/tokens/${id}`, {
      rateLimit: { limit: 0, windowSeconds: 100_000 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'rateLimit.limit',
      'rateLimit.windowSeconds',
    ]);
  });

  it('offers the limit on project and API tokens too', async () => {
    const project = await kw.api.post('/v1/projects', { name: 'Limited' });
    const projectId = project.body.id;
    const delivery = await kw.api.post(`/v1/projects/${projectId}/tokens`, {
      title: 'cdn',
      rateLimit: { limit: 100, windowSeconds: 1 },
    });
    expect(delivery.body.rateLimit).toEqual({ limit: 100, windowSeconds: 1 });
    const api = await kw.api.post(`/v1/projects/${projectId}/api-tokens`, {
      name: 'ci',
      type: 'read-only',
      rateLimit: { limit: 5, windowSeconds: 10 },
    });
    expect(api.body.rateLimit).toEqual({ limit: 5, windowSeconds: 10 });
  });
});
