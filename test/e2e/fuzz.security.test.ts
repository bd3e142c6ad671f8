import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protectedRoutes } from '../../sample-api/routes.js';
import { ERROR_CODE_NAMES } from '../../shared/domain/error-codes.js';
import { routes } from '../../shared/http/routes/index.js';
import {
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';
import { type RawResponse, rawRequest } from '../support/raw-http.js';

/** Cases per run; raise it locally with FUZZ_RUNS=20000. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const STACK_TRACE = /\n\s+at |node_modules|\.(ts|js):\d+:\d+/;

/**
 * Random requests over the whole route table — paths with traversal, unicode, encoded slashes and very long
 * segments; odd methods, headers and queries; bodies that are deep, huge, mistyped or aim at prototypes —
 * through the real server. None may produce a 5xx, a stack trace, or an error outside the documented shape.
 */
describe('E2E: fuzzing the route table', () => {
  let kw: E2eKeyward;
  let known: { ids: string[]; credentials: (string | undefined)[] };

  beforeAll(async () => {
    // Thousands of bad credentials from one address, on purpose: the failed-admin-key limit (its own suite)
    // would turn most later cases into 429s before they reach a route.
    kw = await startE2eKeyward({ adminKeyFailuresPerMinute: Number.POSITIVE_INFINITY });
    const { workspaceId, siteId } = await createWorkspaceAndSite(kw.api);
    const { projectId, mainEnvironmentId, writerToken } = await createProjectWithContent(kw.api);
    const siteToken = (
      await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'fuzz', scopes: { sites: 'write' } })
    ).body;
    const deliveryToken = (await kw.api.post(`/v1/projects/${projectId}/tokens`, { title: 'fuzz' })).body;
    const identity = (await kw.api.post(`/v1/workspaces/${workspaceId}/identities`, { externalId: 'fuzz' }))
      .body;
    known = {
      ids: [workspaceId, siteId, projectId, mainEnvironmentId, siteToken.id, deliveryToken.id, identity.id],
      credentials: [
        kw.ownerKey,
        siteToken.token,
        deliveryToken.token,
        writerToken,
        undefined,
        'garbage',
        `${kw.ownerKey}x`,
        siteToken.token.toUpperCase(),
      ],
    };
  });
  let summary = '';
  afterAll(async () => {
    await kw?.stop();
    if (summary !== '') process.stdout.write(`${summary}\n`);
  });

  const segment = () =>
    fc.oneof(
      fc.constantFrom(...known.ids),
      fc.stringMatching(/^[0-9a-f]{24}$/),
      fc.string({ unit: 'grapheme', maxLength: 24 }).map(encodeURIComponent),
      fc.constantFrom('..', '.', '%2e%2e', '%2F', 'a%2Fb', '%00', '%', '%zz', '__proto__', 'constructor', ''),
      fc.integer({ min: 256, max: 6_000 }).map((n) => 'a'.repeat(n)),
    );

  const anyMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');

  /** A route's path with fuzzed parameters, mostly with the route's own method (so cases get past routing). */
  const routeRequest = () =>
    fc.constantFrom(...routes, ...protectedRoutes).chain((route) => {
      const names = route.path.match(/\{[^}]+\}/g) ?? [];
      return fc.record({
        path: fc
          .tuple(...names.map(() => segment()))
          .map((values) => names.reduce((path, name, i) => path.replace(name, values[i]!), route.path)),
        method: fc.oneof(
          { weight: 3, arbitrary: fc.constant(route.method) },
          { weight: 1, arbitrary: anyMethod },
        ),
      });
    });

  const query = fc.oneof(
    fc.constant(''),
    fc
      .array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 })), { maxLength: 4 })
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    fc.constantFrom(
      '?limit=-1',
      '?limit=1e9',
      '?cursor=%ZZ',
      '?cursor=eyJ4IjoxfQ',
      '?status=__proto__',
      '?a=1&a=2',
    ),
  );

  const body = fc.option(
    fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.integer({ min: 1, max: 3_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.integer({ min: 1, max: 3_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
      fc.constantFrom(
        '{',
        '',
        'null',
        '1e400',
        '123456789012345678901234567890',
        '"text"',
        '\u0000',
        '{"__proto__":{"isOwner":true}}',
        '{"constructor":{"prototype":{"isOwner":true}}}',
        '{"name":"x","scopes":{"__proto__":"write"}}',
        '{"name":"x","scopes":{"sites":"read"},"rateLimit":{"limit":1e308,"windowSeconds":-1}}',
      ),
      fc
        .record({
          name: fc.oneof(fc.string({ maxLength: 120 }), fc.integer(), fc.constant(null)),
          title: fc.string({ maxLength: 20 }),
          scopes: fc.dictionary(
            fc.constantFrom('sites', 'cms', 'authorization', 'workspace', '__proto__', 'x'),
            fc.constantFrom('read', 'write', 'none', 'admin', 1),
          ),
          type: fc.constantFrom('read-only', 'full-access', 'custom', 'root'),
          lifespan: fc.constantFrom(7, 30, 90, null, 365, '30'),
          ipValues: fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { maxLength: 3 }),
          role: fc.constantFrom('admin', 'member', 'owner', 'token-manager'),
          gracePeriodSeconds: fc.integer({ min: -10, max: 100_000 }),
          // Keys that become stored keys, with the names that aim at prototypes among them.
          externalId: fc.string({ maxLength: 20 }),
          meta: fc.dictionary(
            fc.constantFrom('plan', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
            fc.jsonValue({ maxDepth: 2 }),
            { maxKeys: 3 },
          ),
          requiredHeaders: fc.dictionary(
            fc.constantFrom('x-app', '__proto__', 'constructor', 'prototype', 'valueOf'),
            fc.string({ maxLength: 10 }),
            { maxKeys: 2 },
          ),
          permissions: fc.dictionary(
            fc.constantFrom('article', 'constructor', '__proto__', 'prototype'),
            fc.constantFrom(['find'], ['delete', 'x']),
            { maxKeys: 2 },
          ),
        })
        .map((value) => JSON.stringify(value)),
    ),
    { nil: undefined },
  );

  const requestArbitrary = () =>
    fc.record({
      target: fc.oneof(
        { weight: 4, arbitrary: routeRequest() },
        {
          weight: 1,
          arbitrary: fc.record({
            path: fc.array(segment(), { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
            method: anyMethod,
          }),
        },
      ),
      query,
      credential: fc.constantFrom(...known.credentials),
      scheme: fc.constantFrom('Bearer ', 'bearer ', 'Basic ', ''),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        undefined,
      ),
      extra: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), fc.stringMatching(/^[ -~]{0,80}$/), {
        maxKeys: 3,
      }),
      body,
    });

  const assertWellFormed = (method: string, path: string, response: RawResponse) => {
    expect(response.status, response.text).toBeLessThan(500);
    expect(response.text).not.toMatch(STACK_TRACE);
    expect(response.headers['cache-control']).toBe('no-store');
    if (method === 'HEAD' || response.status < 400) return;
    const error = JSON.parse(response.text);
    expect(typeof error.code).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(typeof error.requestId).toBe('string');
    // The management API answers only the codes of its closed list (the sample API speaks the verifier's).
    if (path.startsWith('/v1/')) expect(ERROR_CODE_NAMES).toContain(error.code);
    if (error.details !== undefined) expect(Array.isArray(error.details)).toBe(true);
  };

  it(`answers ${FUZZ_RUNS} random requests without a 5xx, a stack trace or a shapeless error`, async () => {
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(requestArbitrary(), async (input) => {
        const { method, path } = input.target;
        const response = await rawRequest(kw.url, {
          method,
          path: `${path}${input.query}`,
          headers: {
            ...input.extra,
            ...(input.credential === undefined
              ? {}
              : { authorization: `${input.scheme}${input.credential}` }),
            ...(input.contentType === undefined ? {} : { 'content-type': input.contentType }),
          },
          ...(input.body === undefined ? {} : { body: input.body }),
        });
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        assertWellFormed(method, path, response);
      }),
      { numRuns: FUZZ_RUNS },
    );
    summary = `fuzz: ${FUZZ_RUNS} requests by status ${JSON.stringify(statuses)}`;
    // The cases reached past routing and validation, not only 404s.
    expect(Object.keys(statuses).length).toBeGreaterThan(5);
    expect((statuses[200] ?? 0) + (statuses[201] ?? 0)).toBeGreaterThan(0);
  }, 300_000);
});
