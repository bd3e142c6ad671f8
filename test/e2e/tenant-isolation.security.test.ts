import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protectedRoutes } from '../../sample-api/routes.js';
import { ROLES } from '../../shared/domain/roles.js';
import { SITE_APIS, WORKSPACE_APIS } from '../../shared/domain/scopes.js';
import type { RouteDefinition } from '../../shared/http/route.js';
import { routes } from '../../shared/http/routes/index.js';
import type { ApiClient } from '../support/api-client.js';
import {
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';
import { SAMPLE_BODIES } from '../support/sample-bodies.js';

/**
 * For every caller a tenant can have — each admin role on each kind of resource, and each token kind — and
 * every route of the route table that names a tenant's resource, a request naming another tenant's
 * resource is denied. The matrix is built from the route table, so a new route is covered (or this test
 * fails until it has a sample body).
 */

/** Path parameters that name something a tenant owns (a principal only under /v1/principals). */
const tenantBound = (route: RouteDefinition, name: string): boolean =>
  [
    'workspaceId',
    'siteId',
    'projectId',
    'environmentId',
    'tokenId',
    'entryId',
    'identityId',
    'webhookId',
    'roleId',
  ].includes(name) ||
  (name === 'principalId' && route.path.startsWith('/v1/principals/'));

interface Tenant {
  workspaceId: string;
  siteId: string;
  projectId: string;
  environmentId: string;
  principalId: string;
  entryId: string;
  tokenIds: Record<string, string>;
  identityIds: { workspace: string; project: string };
  webhookIds: { workspace: string; project: string };
  roleIds: { workspace: string; project: string };
  tokens: Record<string, string>;
}

const allRoutes = [...routes, ...protectedRoutes];
const paramsOf = (route: RouteDefinition) => [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

describe('E2E: tenant isolation matrix', () => {
  let kw: E2eKeyward;
  let home: Tenant;
  let foreign: Tenant;
  const callers: { name: string; key: string }[] = [];

  const createTenant = async (api: ApiClient): Promise<Tenant> => {
    const { workspaceId, siteId } = await createWorkspaceAndSite(api);
    const { projectId, mainEnvironmentId, writerToken } = await createProjectWithContent(api);
    const principal = (await api.post('/v1/principals', { name: 'someone' })).body.id;
    const adminKey = (await api.post(`/v1/principals/${principal}/admin-keys`, { name: 'k' })).body;
    const site = (
      await api.post(`/v1/sites/${siteId}/tokens`, {
        name: 'all',
        scopes: Object.fromEntries(SITE_APIS.map((a) => [a, 'write'])),
      })
    ).body;
    const workspace = (
      await api.post(`/v1/workspaces/${workspaceId}/tokens`, {
        name: 'all',
        scopes: Object.fromEntries(WORKSPACE_APIS.map((a) => [a, 'read'])),
      })
    ).body;
    const delivery = (await api.post(`/v1/projects/${projectId}/tokens`, { title: 'cdn' })).body;
    const full = (
      await api.post(`/v1/projects/${projectId}/api-tokens`, { name: 'full', type: 'full-access' })
    ).body;
    const entry = await kw.as(writerToken).post('/api/articles', { data: { title: 'mine' } });
    expect(entry.status).toBe(201);
    const identityIn = async (path: string) =>
      (await api.post(`${path}/identities`, { externalId: 'customer' })).body.id as string;
    const identityIds = {
      workspace: await identityIn(`/v1/workspaces/${workspaceId}`),
      project: await identityIn(`/v1/projects/${projectId}`),
    };
    const webhookIn = async (path: string) =>
      (await api.post(`${path}/webhooks`, { url: 'http://127.0.0.1:9/in', events: ['token.revoked'] })).body
        .id as string;
    const webhookIds = {
      workspace: await webhookIn(`/v1/workspaces/${workspaceId}`),
      project: await webhookIn(`/v1/projects/${projectId}`),
    };
    const roleIn = async (path: string) =>
      (await api.post(`${path}/roles`, { name: 'Auditor', permissions: ['resource:read'] })).body
        .id as string;
    const roleIds = {
      workspace: await roleIn(`/v1/workspaces/${workspaceId}`),
      project: await roleIn(`/v1/projects/${projectId}`),
    };
    return {
      roleIds,
      workspaceId,
      siteId,
      projectId,
      environmentId: mainEnvironmentId,
      principalId: principal,
      entryId: entry.body.data.id,
      identityIds,
      webhookIds,
      tokenIds: {
        site: site.id,
        workspace: workspace.id,
        delivery: delivery.id,
        api: full.id,
        admin: adminKey.id,
      },
      tokens: { site: site.token, workspace: workspace.token, delivery: delivery.token, api: full.token },
    };
  };

  beforeAll(async () => {
    // Thousands of refused requests from one address, on purpose: the failed-admin-key limit (its own
    // suite) would turn the later ones into 429s.
    kw = await startE2eKeyward({ adminKeyFailuresPerMinute: Number.POSITIVE_INFINITY });
    home = await createTenant(kw.api);
    foreign = await createTenant(kw.api);
    const bindings = {
      workspace: `/v1/workspaces/${home.workspaceId}`,
      site: `/v1/sites/${home.siteId}`,
      project: `/v1/projects/${home.projectId}`,
    };
    for (const role of ROLES) {
      for (const [resource, path] of Object.entries(bindings)) {
        const principal = (await kw.api.post('/v1/principals', { name: `${role}@${resource}` })).body.id;
        const key = (await kw.api.post(`/v1/principals/${principal}/admin-keys`, { name: 'k' })).body.token;
        expect((await kw.api.put(`${path}/members/${principal}`, { role })).status).toBe(200);
        callers.push({ name: `${role} on ${resource}`, key });
      }
    }
    for (const [kind, token] of Object.entries(home.tokens))
      callers.push({ name: `${kind} token`, key: token });
  }, 120_000);
  let checkedPairs = 0;
  afterAll(async () => {
    await kw?.stop();
    if (checkedPairs > 0)
      process.stdout.write(`tenant isolation: ${checkedPairs} route × caller pairs denied\n`);
  });

  const paramValue = (route: RouteDefinition, name: string, tenant: Tenant): string => {
    if (name === 'tokenId') return tenant.tokenIds[route.tokens?.kind ?? 'admin']!;
    if (name === 'identityId')
      return tenant.identityIds[route.resource?.type === 'project' ? 'project' : 'workspace'];
    if (name === 'roleId')
      return tenant.roleIds[route.resource?.type === 'project' ? 'project' : 'workspace'];
    if (name === 'contentType') return 'article';
    if (name === 'pluralName') return 'articles';
    return (tenant as unknown as Record<string, string>)[name]!;
  };

  /** All tenant-bound ids `other`'s; and, with two or more, the parents at home and only the last `other`'s. */
  const targetsOf = (route: RouteDefinition, other: Tenant = foreign): string[] => {
    const bound = paramsOf(route).filter((name) => tenantBound(route, name));
    if (bound.length === 0) return [];
    const fill = (choose: (name: string) => Tenant) =>
      paramsOf(route).reduce(
        (path, name) => path.replace(`{${name}}`, paramValue(route, name, choose(name))),
        route.path,
      );
    const targets = [fill((name) => (tenantBound(route, name) ? other : home))];
    if (bound.length > 1) targets.push(fill((name) => (name === bound.at(-1) ? other : home)));
    return targets;
  };

  it('has a sample body for every route that takes one, valid against its schema', () => {
    for (const route of allRoutes.filter((r) => r.request?.body !== undefined)) {
      const sample = SAMPLE_BODIES[route.operationId];
      expect(sample, `no sample body for ${route.operationId}`).toBeDefined();
      if (route.operationId !== 'verifyToken')
        expect(route.request!.body!.safeParse(sample).success, route.operationId).toBe(true);
    }
  });

  it('denies every caller of one tenant on every route naming another tenant', async () => {
    const cases = allRoutes.flatMap((route) =>
      targetsOf(route).flatMap((path) => callers.map((caller) => ({ route, path, caller }))),
    );
    const allowed: string[] = [];
    const batch = 24;
    for (let i = 0; i < cases.length; i += batch) {
      await Promise.all(
        cases.slice(i, i + batch).map(async ({ route, path, caller }) => {
          const body = SAMPLE_BODIES[route.operationId];
          const response = await kw
            .as(caller.key)
            .request(route.method, path, body === undefined ? {} : { body });
          // Workspace tokens cannot be regenerated: that route answers 405 whoever asks, about whatever id.
          const fixedRefusal = response.status === 405 && response.body.code === 'regenerate_not_supported';
          if (![401, 403, 404].includes(response.status) && !fixedRefusal)
            allowed.push(`${caller.name}: ${route.method} ${path} → ${response.status}`);
        }),
      );
    }
    expect(allowed).toEqual([]);
    expect(cases.length).toBeGreaterThan(1_000);
    checkedPairs = cases.length;
  }, 180_000);

  it('answers NOT_FOUND from /v1/verify for another tenant’s tokens, to every admin caller', async () => {
    const adminCallers = callers.filter((caller) => caller.key.startsWith('kwa_'));
    for (const caller of adminCallers) {
      for (const token of Object.values(foreign.tokens)) {
        const response = await kw.as(caller.key).post('/v1/verify', { token });
        expect([200, 403, 404]).toContain(response.status);
        if (response.status === 200) expect(response.body).toEqual({ valid: false, code: 'NOT_FOUND' });
      }
    }
  });

  it("answers every route naming another tenant's resource like one naming made-up ids: same answer, same DynamoDB calls", async () => {
    // Ids of the right shape that name nothing: any difference in work from a foreign id is a timing oracle.
    const madeUp = (length = 24): string =>
      Array.from({ length }, () => 'fedcba9876543210'[Math.floor(Math.random() * 16)]).join('');
    const nobody: Tenant = {
      workspaceId: madeUp(),
      siteId: madeUp(),
      projectId: madeUp(),
      environmentId: madeUp(),
      principalId: madeUp(),
      entryId: madeUp(26), // a content entry's id is a lower-case ULID
      identityIds: { workspace: madeUp(), project: madeUp() },
      webhookIds: { workspace: madeUp(), project: madeUp() },
      roleIds: { workspace: madeUp(), project: madeUp() },
      tokenIds: { site: madeUp(), workspace: madeUp(), delivery: madeUp(), api: madeUp(), admin: madeUp() },
      tokens: {},
    };
    const probes = ['admin on workspace', 'token-viewer on project', 'api token'].map(
      (name) => callers.find((caller) => caller.name === name)!,
    );
    const answerOf = async (caller: { key: string }, route: RouteDefinition, path: string) => {
      const body = SAMPLE_BODIES[route.operationId];
      kw.calls.reset();
      const response = await kw
        .as(caller.key)
        .request(route.method, path, body === undefined ? {} : { body });
      return { status: response.status, code: response.body?.code, calls: kw.calls.counts() };
    };
    const differing: string[] = [];
    let compared = 0;
    for (const route of allRoutes) {
      const pairs = targetsOf(route).map((path, i) => [path, targetsOf(route, nobody)[i]!] as const);
      for (const caller of probes) {
        for (const [foreignPath, madeUpPath] of pairs) {
          await answerOf(caller, route, foreignPath); // the caller's first use may touch its key
          const [seen, invented] = [
            await answerOf(caller, route, foreignPath),
            await answerOf(caller, route, madeUpPath),
          ];
          compared += 1;
          if (JSON.stringify(seen) !== JSON.stringify(invented))
            differing.push(
              `${caller.name}: ${route.method} ${route.path}: ${JSON.stringify(seen)} ≠ ${JSON.stringify(invented)}`,
            );
        }
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
