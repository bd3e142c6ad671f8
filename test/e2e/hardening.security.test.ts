import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../shared/domain/token-format.js';
import { SECURITY_HEADERS } from '../../shared/http/responses.js';
import { verifyToken } from '../../shared/verify/verify-token.js';
import {
  createPrincipalWithKey,
  createWorkspaceAndSite,
  type E2eKeyward,
  startWithSite,
} from '../support/e2e.js';
import { type RawResponse, rawRequest } from '../support/raw-http.js';

const exec = promisify(execFile);

/** Limits, media types, headers, timing and dependencies: the edges an attacker reaches first. */
describe('E2E: hardening', { timeout: 60_000 }, () => {
  let kw: E2eKeyward;
  let siteId: string;

  beforeAll(async () => ({ kw, siteId } = await startWithSite()));
  afterAll(async () => kw?.stop());

  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    rawRequest(kw.url, {
      method,
      path,
      headers: { authorization: `Bearer ${kw.ownerKey}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const errorOf = (response: RawResponse) => JSON.parse(response.text) as { code: string; requestId: string };
  const tokensPath = () => `/v1/sites/${siteId}/tokens`;

  it('refuses a body over 64 KiB with 413', async () => {
    const body = JSON.stringify({ name: 'x', description: 'y'.repeat(70_000), scopes: { sites: 'read' } });
    const response = await send('POST', tokensPath(), {}, body);
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('payload_too_large');
  });

  it('refuses JSON nested deeper than 32 levels with 400, before parsing it', async () => {
    const body = `{"name":"x","scopes":${'['.repeat(40)}${']'.repeat(40)}}`;
    const response = await send('POST', tokensPath(), {}, body);
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('invalid_json');
  });

  it('refuses headers over the server limit with 431 in the error shape', async () => {
    const response = await send('GET', tokensPath(), { 'x-padding': 'p'.repeat(20_000) });
    expect(response.status).toBe(431);
    expect(errorOf(response).code).toBe('headers_too_large');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers a HEAD with a request line over the limit with 431 and no body', async () => {
    const response = await rawRequest(kw.url, { method: 'HEAD', path: `/${'a'.repeat(20_000)}` });
    expect(response.status).toBe(431);
    expect(response.text).toBe('');
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const body = JSON.stringify({ name: 'x', scopes: { sites: 'read' } });
    const response = await send('POST', tokensPath(), { 'content-type': 'text/plain' }, body);
    expect(response.status).toBe(415);
    expect(errorOf(response).code).toBe('unsupported_media_type');
  });

  it('refuses names, titles and external ids that carry terminal controls or reordering marks (422)', async () => {
    const { workspaceId } = await createWorkspaceAndSite(kw.api);
    const project = await kw.api.post('/v1/projects', { name: 'Plain' });
    for (const unsafe of ['nul\u0000', 'title\u001b]0;owned\u0007', 'invoice\u202efdp.exe', 'csi\u009b2J']) {
      const attempts = [
        [tokensPath(), { name: unsafe, scopes: { sites: 'read' } }, 'name'],
        ['/v1/workspaces', { name: unsafe, plan: 'free' }, 'name'],
        [`/v1/projects/${project.body.id}/tokens`, { title: unsafe }, 'title'],
        [`/v1/workspaces/${workspaceId}/identities`, { externalId: unsafe }, 'externalId'],
        [tokensPath(), { name: 'ok', description: unsafe, scopes: { sites: 'read' } }, 'description'],
      ] as const;
      for (const [path, body, field] of attempts) {
        const refused = await kw.api.post(path, body);
        expect(refused.status, `${path} ${JSON.stringify(unsafe)}`).toBe(422);
        expect(refused.body.details.map((detail: { path: string }) => detail.path)).toContain(field);
      }
    }
    // Words in any script, and line breaks in a description, are what people write.
    const fine = await kw.api.post(tokensPath(), {
      name: 'نشر — déploiement',
      description: 'line one\nline two',
      scopes: { sites: 'read' },
    });
    expect(fine.status).toBe(201);
    await kw.api.delete(`${tokensPath()}/${fine.body.id}`);
  });

  it('refuses a JSON key named __proto__, constructor or prototype wherever it would be stored (422, never 5xx)', async () => {
    const { workspaceId } = await createWorkspaceAndSite(kw.api);
    const project = (await kw.api.post('/v1/projects', { name: 'Keys' })).body.id as string;
    const raw = (path: string, body: string) => send('POST', path, {}, body);
    const attempts: (readonly [path: string, body: string])[] = [];
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      attempts.push(
        [
          `/v1/workspaces/${workspaceId}/identities`,
          `{"externalId":"k-${key}","meta":{"${key}":{"plan":"pro"}}}`,
        ],
        [`/v1/workspaces/${workspaceId}/identities`, `{"externalId":"n-${key}","meta":{"a":[{"${key}":1}]}}`],
        [`/v1/projects/${project}/tokens`, `{"title":"t","requiredHeaders":{"${key}":"1"}}`],
        [
          `/v1/projects/${project}/api-tokens`,
          `{"name":"c","type":"custom","permissions":{"${key}":["find"]}}`,
        ],
      );
    }
    attempts.push(
      [`/v1/projects/${project}/content-types`, '{"name":"constructor","pluralName":"constructors"}'],
      [`/v1/projects/${project}/content-types`, '{"name":"prototype","pluralName":"prototypes"}'],
      [`/v1/projects/${project}/environments`, '{"name":"constructor"}'],
    );
    for (const [path, body] of attempts) {
      const answer = await raw(path, body);
      expect(answer.status, `${path} ${body}`).toBe(422);
      expect(errorOf(answer).code).toBe('validation_error');
    }
  });

  it('keeps `//host/path` a path: no host confusion, just 404', async () => {
    const response = await send('GET', '//evil.example/v1/workspaces');
    expect(response.status).toBe(404);
  });

  it('sends the security headers on every response, and no-store on every token response', async () => {
    const created = await send(
      'POST',
      tokensPath(),
      {},
      JSON.stringify({ name: 'h', scopes: { sites: 'read' } }),
    );
    const { id } = JSON.parse(created.text);
    const responses = [
      created,
      await send('POST', `${tokensPath()}/${id}/regenerate`, {}, '{}'),
      await send('GET', tokensPath()),
      await send('GET', '/v1/nowhere'),
      await send('GET', tokensPath(), { authorization: 'Bearer nope' }),
      await send('GET', '/health'),
      await send('GET', `/v2/sites/${siteId}`, { authorization: `Bearer ${JSON.parse(created.text).token}` }),
    ];
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers[name]).toBe(value);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('takes as long for an unknown id as for a known id with a wrong secret (within noise)', async () => {
    const known = (await kw.api.post(tokensPath(), { name: 'timing', scopes: { sites: 'read' } })).body.id;
    const wrongSecret = issueToken('s', known).value;
    const unknownId = issueToken('s').value;
    const deps = kw.keyward.runtime.verification;
    const sample = async (token: string) => {
      const started = performance.now();
      const result = await verifyToken(deps, token);
      expect(result.code).toBe('NOT_FOUND');
      return performance.now() - started;
    };
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 10; i += 1) await sample(wrongSecret);
    for (let i = 0; i < 200; i += 1) {
      a.push(await sample(unknownId));
      b.push(await sample(wrongSecret));
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const [unknownMs, wrongMs] = [median(a), median(b)];
    // Both cost one read; the HMAC of a wrong secret is microseconds against a read's milliseconds.
    expect(Math.abs(unknownMs - wrongMs)).toBeLessThan(Math.max(0.5, 0.3 * Math.max(unknownMs, wrongMs)));
  }, 60_000);

  /**
   * Two requests that must not be told apart: same DynamoDB calls each, and medians of interleaved samples
   * within noise. Returns the figures for the message.
   */
  const indistinguishable = async (first: () => Promise<unknown>, second: () => Promise<unknown>) => {
    const callsOf = async (request: () => Promise<unknown>) => {
      kw.calls.reset();
      await request();
      return kw.calls.counts();
    };
    // Warm up (the caller's key is touched on its first use, a write either request could pay).
    for (let i = 0; i < 10; i += 1) await Promise.all([first(), second()]);
    expect(await callsOf(first)).toEqual(await callsOf(second));
    const timed = async (request: () => Promise<unknown>) => {
      const started = performance.now();
      await request();
      return performance.now() - started;
    };
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 150; i += 1) {
      a.push(await timed(first));
      b.push(await timed(second));
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const [firstMs, secondMs] = [median(a), median(b)];
    expect(Math.abs(firstMs - secondMs)).toBeLessThan(Math.max(0.5, 0.3 * Math.max(firstMs, secondMs)));
  };

  it("answers /v1/verify for another tenant's token id like a made-up id, in answer, reads and time", async () => {
    const { workspaceId: otherWorkspace } = await createWorkspaceAndSite(kw.api);
    const stranger = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${otherWorkspace}`,
      role: 'admin',
    });
    const existing = (await kw.api.post(tokensPath(), { name: 'probed', scopes: { sites: 'read' } })).body.id;
    const probe = (token: string) => async () => {
      const answer = await kw.as(stranger.key).post('/v1/verify', { token });
      expect(answer.body).toEqual({ valid: false, code: 'NOT_FOUND' });
    };
    await indistinguishable(probe(issueToken('s', existing).value), probe(issueToken('s').value));
  }, 60_000);

  it("answers a GET of another tenant's workspace and site like made-up ids, in answer, reads and time", async () => {
    const stranger = await createPrincipalWithKey(kw.api);
    const { workspaceId, siteId: otherSite } = await createWorkspaceAndSite(kw.api);
    const probe = (path: string) => async () => {
      const answer = await kw.as(stranger.key).get(path);
      expect(answer.status).toBe(404);
    };
    await indistinguishable(
      probe(`/v1/workspaces/${workspaceId}`),
      probe(`/v1/workspaces/${'a'.repeat(24)}`),
    );
    await indistinguishable(probe(`/v1/sites/${otherSite}`), probe(`/v1/sites/${'b'.repeat(24)}`));
  }, 60_000);

  it("answers a token's usage, a principal and its admin keys of another tenant like made-up ids, in answer, reads and time", async () => {
    const stranger = await createPrincipalWithKey(kw.api);
    const { siteId: otherSite } = await createWorkspaceAndSite(kw.api);
    const tokenId = (
      await kw.api.post(`/v1/sites/${otherSite}/tokens`, { name: 'p', scopes: { sites: 'read' } })
    ).body.id;
    const principalId = (await kw.api.post('/v1/principals', { name: 'someone' })).body.id;
    const probe = (path: string) => async () => {
      const answer = await kw.as(stranger.key).get(path);
      expect(answer.status).toBe(404);
    };
    const madeUp = 'c'.repeat(24);
    await indistinguishable(probe(`/v1/tokens/${tokenId}/usage`), probe(`/v1/tokens/${madeUp}/usage`));
    await indistinguishable(probe(`/v1/principals/${principalId}`), probe(`/v1/principals/${madeUp}`));
    await indistinguishable(
      probe(`/v1/principals/${principalId}/admin-keys`),
      probe(`/v1/principals/${madeUp}/admin-keys`),
    );
  }, 60_000);

  it('compares secrets in constant time: no `===` on a hash or secret in the verification code', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['shared/crypto/token-hasher.ts', 'shared/verify/verify-token.ts']) {
      const source = await readFile(file, 'utf8');
      expect(source).not.toMatch(/(hash|secret|digest)\w*\s*[!=]==\s*\w*(hash|secret|digest)/i);
    }
  });

  it('has no high or critical advisories in production dependencies (npm audit)', async (context) => {
    const audit = await exec('npm', ['audit', '--omit=dev', '--json'], { timeout: 60_000 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(audit.stdout || '{}') as {
      metadata?: { vulnerabilities?: Record<string, number> };
      message?: string;
    };
    if (report.metadata?.vulnerabilities === undefined) {
      context.skip(`npm audit did not answer here: ${report.message ?? 'no report'}`);
      return;
    }
    const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
    expect({ high, critical }).toEqual({ high: 0, critical: 0 });
  }, 90_000);
});
