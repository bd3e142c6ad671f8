import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../shared/domain/token-format.js';
import { createPrincipalWithKey, type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Verification analytics: counted by the real authorizer and `POST /v1/verify`, read back per token, owner and identity. */
describe('E2E: usage analytics', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;

  beforeAll(async () => ({ kw, workspaceId, siteId } = await startWithSite()));
  afterEach(() => kw.clock.reset());
  afterAll(async () => kw?.stop());

  const siteToken = async (body: Record<string, unknown> = {}) => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'counted',
      scopes: { sites: 'read' },
      ...body,
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string };
  };
  /** A well-formed value with another secret: it names the token, but is not its value. */
  const wrongSecretOf = (tokenId: string) => issueToken('s', tokenId).value;

  it('counts every verification of a token by outcome, and the totals match the calls made', async () => {
    // Prepare
    const { id, token } = await siteToken();

    // Act: 20 allowed, 3 outside the token's scopes, 2 with a wrong secret, 2 by POST /v1/verify
    for (let i = 0; i < 20; i += 1) expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      expect((await kw.as(token).post(`/v2/sites/${siteId}/publish`, {})).status).toBe(403);
    }
    for (let i = 0; i < 2; i += 1) await kw.as(wrongSecretOf(id)).get(`/v2/sites/${siteId}`);
    for (let i = 0; i < 2; i += 1) await kw.api.post('/v1/verify', { token });
    await kw.keyward.flushUsage();
    const usage = await kw.api.get(`/v1/tokens/${id}/usage`);

    // Assess
    expect(usage.status).toBe(200);
    expect(usage.body.totals).toEqual({ VALID: 22, INSUFFICIENT_SCOPE: 3, NOT_FOUND: 2 });
    expect(usage.body.total).toBe(27);
    expect(usage.body.buckets).toHaveLength(24);
    expect(usage.body.buckets.at(-1)).toMatchObject({ total: 27 });
    expect(usage.body.lastUsedAt).not.toBeNull();
  });

  it('counts a wrong secret as NOT_FOUND for the token it names, but nothing for unknown ids', async () => {
    const { id } = await siteToken();
    await kw.as(wrongSecretOf(id)).get(`/v2/sites/${siteId}`);
    await kw.as(issueToken('s').value).get(`/v2/sites/${siteId}`);
    await kw.keyward.flushUsage();
    expect((await kw.api.get(`/v1/tokens/${id}/usage`)).body.totals).toEqual({ NOT_FOUND: 1 });
  });

  it('rolls counts up per owner and per identity, by hour and by day', async () => {
    // Prepare: a fresh site, two tokens of one identity
    const site = await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, {
      displayName: 'Rollup',
      shortName: 'rollup',
    });
    const identity = await kw.api.post(`/v1/workspaces/${workspaceId}/identities`, {
      externalId: 'rollup-customer',
    });
    const tokens = [];
    for (let i = 0; i < 2; i += 1) {
      const created = await kw.api.post(`/v1/sites/${site.body.id}/tokens`, {
        name: `t${i}`,
        scopes: { sites: 'read' },
        identityId: identity.body.id,
      });
      tokens.push(created.body as { token: string });
    }

    // Act: 3 + 4 calls, flushed
    for (const [i, { token }] of tokens.entries()) {
      for (let n = 0; n < 3 + i; n += 1) await kw.as(token).get(`/v2/sites/${site.body.id}`);
    }
    await kw.keyward.flushUsage();

    // Assess
    const owner = await kw.api.get(`/v1/sites/${site.body.id}/usage?granularity=day`);
    expect(owner.body).toMatchObject({ granularity: 'day', total: 7, totals: { VALID: 7 } });
    expect(owner.body.buckets).toHaveLength(30);
    const byIdentity = await kw.api.get(`/v1/workspaces/${workspaceId}/identities/${identity.body.id}/usage`);
    expect(byIdentity.body.total).toBe(7);
  });

  it('adds counts to the store by itself once a minute, in one write per token and hour', async () => {
    const { id, token } = await siteToken();
    for (let i = 0; i < 5; i += 1) await kw.as(token).get(`/v2/sites/${siteId}`);
    expect((await kw.api.get(`/v1/tokens/${id}/usage`)).body.total).toBe(0);
    kw.clock.advance(60_000);
    // The verification that finds a flush due starts it in the background, itself included.
    await kw.as(token).get(`/v2/sites/${siteId}`);
    await expect.poll(async () => (await kw.api.get(`/v1/tokens/${id}/usage`)).body.total).toBe(6);
  });

  it('refuses ranges longer than 90 days or backwards with 422, and others’ tokens with 404', async () => {
    const { id } = await siteToken();
    const backwards = await kw.api.get(
      `/v1/tokens/${id}/usage?from=2026-02-02T00:00:00.000Z&to=2026-02-01T00:00:00.000Z`,
    );
    expect(backwards.status).toBe(422);
    expect(backwards.body.details[0].path).toBe('from');
    const tooLong = await kw.api.get(
      `/v1/tokens/${id}/usage?from=2026-01-01T00:00:00.000Z&to=2026-04-02T00:00:00.000Z&granularity=day`,
    );
    expect(tooLong.status).toBe(422);
    expect((await kw.api.get(`/v1/tokens/${id}/usage?granularity=week`)).status).toBe(422);
    const outsider = await createPrincipalWithKey(kw.api);
    expect((await kw.as(outsider.key).get(`/v1/tokens/${id}/usage`)).status).toBe(404);
    expect((await kw.as(outsider.key).get(`/v1/sites/${siteId}/usage`)).status).toBe(404);
  });
});
