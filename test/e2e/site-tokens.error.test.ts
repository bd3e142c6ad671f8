import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../shared/domain/token-format.js';
import { createWorkspaceAndSite, type E2eKeyward, startWithSite } from '../support/e2e.js';
import { withWrongLastCharacter } from '../support/tampered.js';

describe('E2E: site tokens, bad input', () => {
  let kw: E2eKeyward;
  let siteId: string;

  beforeAll(async () => ({ kw, siteId } = await startWithSite()));
  afterAll(async () => kw?.stop());

  const base = () => `/v1/sites/${siteId}/tokens`;
  const errorShape = { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) };

  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await kw.api.request('POST', base(), { rawBody: '{"name": "x", ' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ ...errorShape, code: 'invalid_json' });
  });

  it('answers schema violations with 422 validation_error and every field path', async () => {
    const response = await kw.api.post(base(), { name: '', scopes: { cms: 'admin' }, colour: 'blue' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('validation_error');
    expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['name', 'scopes.cms', '']),
    );
  });

  it.each([
    ['authorization', 'never granted to site tokens'],
    ['custom_code', 'never granted to site tokens'],
    ['billing', 'is not an API'],
  ])('rejects a %s scope with 422 and says why', async (api, reason) => {
    const response = await kw.api.post(base(), { name: 'x', scopes: { sites: 'read', [api]: 'read' } });
    expect(response.status).toBe(422);
    expect(response.body.details[0]).toMatchObject({
      path: 'scopes',
      message: expect.stringContaining(reason),
    });
  });

  it('rejects a sixth active token with 409 token_limit_reached', async () => {
    const { siteId: fullSite } = await createWorkspaceAndSite(kw.api);
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await kw.api.post(`/v1/sites/${fullSite}/tokens`, { name: `t${i}`, scopes: { sites: 'read' } }))
          .status,
      ).toBe(201);
    }
    const sixth = await kw.api.post(`/v1/sites/${fullSite}/tokens`, {
      name: 't6',
      scopes: { sites: 'read' },
    });
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('token_limit_reached');
  });

  it('answers a body over 64 KiB with 413 and a non-JSON body with 415', async () => {
    const big = await kw.api.post(base(), { name: 'x'.repeat(70_000), scopes: { sites: 'read' } });
    expect(big.status).toBe(413);
    const form = await kw.api.request('POST', base(), {
      rawBody: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(415);
  });

  it.each([
    ['no header', undefined],
    ['garbage', 'Bearer not-a-token'],
    ['a wrong checksum', `Bearer ${withWrongLastCharacter(issueToken('a').value)}`],
    ['a site token', `Bearer ${issueToken('s').value}`],
    ['Basic auth', 'Basic dXNlcjpwYXNz'],
  ])('answers %s with 401 and no DynamoDB read', async (_, authorization) => {
    kw.calls.reset();
    const response = await kw.as().request('GET', base(), {
      headers: authorization === undefined ? {} : { authorization },
    });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ ...errorShape, code: 'unauthorized' });
    expect(kw.calls.total()).toBe(0);
  });

  it('answers an unknown but well-formed admin key with 401 after one read', async () => {
    kw.calls.reset();
    const response = await kw.as(issueToken('a').value).get(base());
    expect(response.status).toBe(401);
    expect(kw.calls.counts()).toEqual({ GetItemCommand: 1 });
  });

  it('answers a revoked admin key with 401', async () => {
    const me = await kw.api.get('/v1/principals/me');
    const key = await kw.api.post(`/v1/principals/${me.body.id}/admin-keys`, { name: 'short-lived' });
    expect((await kw.as(key.body.token).get('/v1/principals/me')).status).toBe(200);
    await kw.api.delete(`/v1/principals/${me.body.id}/admin-keys/${key.body.id}`);
    expect((await kw.as(key.body.token).get('/v1/principals/me')).status).toBe(401);
  });

  it('answers unknown ids and malformed ids with 404', async () => {
    expect((await kw.api.get(`/v1/sites/${'0'.repeat(24)}/tokens`)).status).toBe(404);
    expect((await kw.api.get('/v1/sites/..%2F..%2Fetc/tokens')).status).toBe(404);
    expect((await kw.api.get(`${base()}/${'f'.repeat(24)}`)).status).toBe(404);
  });

  it('answers unknown routes with 404 and wrong methods with 405, in the error shape', async () => {
    const unknown = await kw.api.get('/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject(errorShape);
    const wrongMethod = await kw.api.request('PUT', base());
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
  });

  it('answers a tampered cursor with 422', async () => {
    const forged = Buffer.from(
      JSON.stringify({ ownerKey: 'site#other', tokenId: 'x', createdAt: 'y' }),
    ).toString('base64url');
    const response = await kw.api.get(`${base()}?cursor=${forged}`);
    expect(response.status).toBe(422);
    expect(response.body.details[0].path).toBe('cursor');
  });

  it('refuses to regenerate or update a revoked token with 409 token_not_active', async () => {
    const created = await kw.api.post(base(), { name: 'gone', scopes: { sites: 'read' } });
    await kw.api.delete(`${base()}/${created.body.id}`);
    expect((await kw.api.post(`${base()}/${created.body.id}/regenerate`, {})).body.code).toBe(
      'token_not_active',
    );
    expect((await kw.api.patch(`${base()}/${created.body.id}`, { name: 'again' })).status).toBe(409);
    expect((await kw.api.delete(`${base()}/${created.body.id}`)).status).toBe(409);
  });

  it('never answers bad input with a 5xx', () => {
    const lines = kw.logLines().filter((line) => line.includes('"request"'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(JSON.parse(line).status).toBeLessThan(500);
  });
});
