import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/dynamodb-local.js';
import { sampleRoutePolicy } from '../../sample-api/routes.js';
import { createVerifier, type Verifier } from '../../shared/composition/verifier.js';
import { expressGuard, guardNodeRequest, honoGuard } from '../../shared/verify/node-adapters.js';
import type { VerifiedToken } from '../../shared/verify/outcome.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/**
 * Keyward's verifier in front of other Node.js backends — a plain `http` server, Express-style middleware and
 * a Hono app — over the same DynamoDB Local, with tokens issued by the local server: allowed, wrong scope,
 * no token, revoked; refusals in Keyward's error shape.
 */
describe('E2E: the verifier in front of http, Express and Hono', () => {
  let kw: E2eKeyward;
  let verifier: Verifier;
  let siteId: string;
  let token: { id: string; token: string };
  const servers: Server[] = [];

  const listen = async (server: Server): Promise<string> => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    kw = await startE2eKeyward();
    ({ siteId } = await createWorkspaceAndSite(kw.api));
    token = (await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'backend', scopes: { sites: 'read' } }))
      .body;
    verifier = createVerifier({
      tables: kw.keyward.tables,
      keys: kw.keyward.runtime.keys,
      policy: sampleRoutePolicy,
      store: { endpoint: kw.keyward.dynamoDbEndpoint },
      clock: kw.clock,
    });
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    verifier?.dynamodb.destroy();
    await kw?.stop();
  });

  /** The same four requests against a backend; `revoke` happens between the third and the fourth. */
  const exercise = async (call: (method: string, path: string, bearer?: string) => Promise<Response>) => {
    const allowed = await call('GET', `/v2/sites/${siteId}`, token.token);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ tokenId: token.id });
    const wrongScope = await call('POST', `/v2/sites/${siteId}/publish`, token.token);
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.json()).toEqual({
      code: 'INSUFFICIENT_SCOPE',
      message: `The token may not call POST /v2/sites/${siteId}/publish (INSUFFICIENT_SCOPE).`,
    });
    const anonymous = await call('GET', `/v2/sites/${siteId}`);
    expect([anonymous.status, ((await anonymous.json()) as { code: string }).code]).toEqual([
      401,
      'MALFORMED',
    ]);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
  };

  const revokedAfter = async (call: (method: string, path: string, bearer?: string) => Promise<Response>) => {
    const fresh = (
      await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'short', scopes: { sites: 'read' } })
    ).body;
    expect((await call('GET', `/v2/sites/${siteId}`, fresh.token)).status).toBe(200);
    await kw.api.delete(`/v1/sites/${siteId}/tokens/${fresh.id}`);
    kw.clock.advance(DEFAULT_REVOCATION_BOUND_MS + 1);
    try {
      const revoked = await call('GET', `/v2/sites/${siteId}`, fresh.token);
      expect([revoked.status, ((await revoked.json()) as { code: string }).code]).toEqual([401, 'REVOKED']);
    } finally {
      kw.clock.reset();
    }
  };

  const over = (base: string) => (method: string, path: string, bearer?: string) =>
    fetch(`${base}${path}`, {
      method,
      headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
    });

  it('guards a plain Node `http` server', async () => {
    const base = await listen(
      createServer(async (request, response) => {
        const verified = await guardNodeRequest(verifier, request, response);
        if (verified === undefined) return;
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ tokenId: verified.id }));
      }),
    );
    await exercise(over(base));
    await revokedAfter(over(base));
  });

  it('guards Express-style middleware (the token in res.locals)', async () => {
    const guard = expressGuard(verifier);
    const base = await listen(
      createServer((request, response) =>
        guard(request, response, () => {
          const verified = (response as unknown as { locals: { keywardToken: VerifiedToken } }).locals
            .keywardToken;
          response
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ tokenId: verified.id }));
        }),
      ),
    );
    await exercise(over(base));
  });

  it('guards a Hono app (the token in c.get)', async () => {
    const app = new Hono<{ Variables: { keywardToken: VerifiedToken } }>();
    app.use('/v2/*', honoGuard(verifier));
    app.get('/v2/sites/:siteId', (c) => c.json({ tokenId: c.get('keywardToken').id }));
    app.post('/v2/sites/:siteId/publish', (c) => c.json({ published: true }));
    const call = (method: string, path: string, bearer?: string) =>
      Promise.resolve(
        app.request(`http://backend.test${path}`, {
          method,
          headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
        }),
      );
    await exercise(call);
    await revokedAfter(call);
  });

  it('answers 503 STORE_UNAVAILABLE with Retry-After when the store does not answer, from Node `http` and Hono', async () => {
    const unreachable = createVerifier({
      tables: kw.keyward.tables,
      keys: kw.keyward.runtime.keys,
      policy: sampleRoutePolicy,
      store: { endpoint: `http://127.0.0.1:${await freePort()}`, maxAttempts: 1 },
      clock: kw.clock,
    });
    try {
      const base = await listen(
        createServer(async (request, response) => {
          if ((await guardNodeRequest(unreachable, request, response)) === undefined) return;
          response.writeHead(200).end();
        }),
      );
      const app = new Hono();
      app.use('/v2/*', honoGuard(unreachable));
      app.get('/v2/sites/:siteId', (c) => c.json({}));
      const asked = { headers: { authorization: `Bearer ${token.token}` } };
      for (const answer of [
        await fetch(`${base}/v2/sites/${siteId}`, asked),
        await app.request(`http://backend.test/v2/sites/${siteId}`, asked),
      ]) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(((await answer.json()) as { code: string }).code).toBe('STORE_UNAVAILABLE');
      }
    } finally {
      unreachable.dynamodb.destroy();
    }
  });
});
