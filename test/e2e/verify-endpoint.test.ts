import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { createPrincipalWithKey, createWorkspaceAndSite } from '../support/e2e.js';
import { startHttpKeyward } from '../support/target.js';

describe('E2E: POST /v1/verify', () => {
  let kw: HttpKeyward;
  let own: { workspaceId: string; siteId: string };
  let token: { id: string; token: string };

  beforeAll(async () => {
    kw = await startHttpKeyward();
    own = await createWorkspaceAndSite(kw.api);
    token = (await kw.api.post(`/v1/sites/${own.siteId}/tokens`, { name: 'v', scopes: { sites: 'read' } }))
      .body;
  });
  afterAll(async () => kw?.stop());

  it('answers the typed outcome and never echoes the token', async () => {
    const response = await kw.api.post('/v1/verify', { token: token.token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      valid: true,
      code: 'VALID',
      token: { id: token.id, kind: 'site', ownerId: own.siteId },
    });
    expect(JSON.stringify(response.body)).not.toContain(token.token);
  });

  it('checks a request against the route policy when given a method and path', async () => {
    const allowed = await kw.api.post('/v1/verify', {
      token: token.token,
      method: 'GET',
      path: `/v2/sites/${own.siteId}`,
    });
    expect(allowed.body.code).toBe('VALID');
    const denied = await kw.api.post('/v1/verify', {
      token: token.token,
      method: 'POST',
      path: `/v2/sites/${own.siteId}/publish`,
    });
    expect(denied.body).toMatchObject({ valid: false, code: 'INSUFFICIENT_SCOPE' });
  });

  it('answers MALFORMED for garbage and 422 for a method without a path', async () => {
    expect((await kw.api.post('/v1/verify', { token: 'nope' })).body).toEqual({
      valid: false,
      code: 'MALFORMED',
    });
    const invalid = await kw.api.post('/v1/verify', { token: token.token, method: 'GET' });
    expect(invalid.status).toBe(422);
  });

  it("answers NOT_FOUND to a caller without verify on the token's owner, as for an unknown token", async () => {
    const viewer = await createPrincipalWithKey(kw.api, {
      on: `/v1/sites/${own.siteId}`,
      role: 'token-viewer',
    });
    expect((await kw.as(viewer.key).post('/v1/verify', { token: token.token })).body).toEqual({
      valid: false,
      code: 'NOT_FOUND',
    });
    const stranger = await createPrincipalWithKey(kw.api);
    expect((await kw.as(stranger.key).post('/v1/verify', { token: token.token })).body).toEqual({
      valid: false,
      code: 'NOT_FOUND',
    });
    const manager = await createPrincipalWithKey(kw.api, {
      on: `/v1/sites/${own.siteId}`,
      role: 'token-manager',
    });
    expect((await kw.as(manager.key).post('/v1/verify', { token: token.token })).body.code).toBe('VALID');
  });

  it('reports REVOKED after a revoke', async () => {
    const other = (
      await kw.api.post(`/v1/sites/${own.siteId}/tokens`, { name: 'r', scopes: { sites: 'read' } })
    ).body;
    await kw.api.delete(`/v1/sites/${own.siteId}/tokens/${other.id}`);
    expect((await kw.api.post('/v1/verify', { token: other.token })).body).toMatchObject({
      valid: false,
      code: 'REVOKED',
    });
  });
});
