import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_ACCESS, type TableAccess } from '../../infra/access.js';
import { webhookDispatcher } from '../../shared/composition/webhooks.js';
import { DAY_MS } from '../../shared/domain/clock.js';
import { SITE_APIS } from '../../shared/domain/scopes.js';
import { accessOf, type RouteDefinition } from '../../shared/http/route.js';
import { routes } from '../../shared/http/routes/index.js';
import {
  createPrincipalWithKey,
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';
import { SAMPLE_BODIES } from '../support/sample-bodies.js';

/**
 * Every management route is called once, successfully where it can be, while an SDK middleware records the
 * DynamoDB actions its function sends, by table. Each must be allowed by the role of the route's access
 * class (infra/access.ts, what KeywardStack grants), and a route that writes must need its class: a POST,
 * PUT, PATCH or DELETE that succeeded with only what `read` allows would deserve `read`.
 */

const TABLE_OPERATIONS: Readonly<Record<string, string>> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
};

/** `table:Action` for each item a command touches (a transaction touches several). */
const actionsOf = (command: string, input: Record<string, any>): [table: string, action: string][] => {
  const action = command.replace(/Command$/, '');
  if (action === 'TransactWriteItems') {
    return (input.TransactItems as Record<string, { TableName: string }>[]).map((item) => {
      const [operation, target] = Object.entries(item)[0]!;
      return [target.TableName, TABLE_OPERATIONS[operation]!];
    });
  }
  if (action === 'BatchGetItem') return Object.keys(input.RequestItems).map((table) => [table, 'GetItem']);
  return [[input.TableName as string, action]];
};

describe('Security: each management function’s role covers exactly what its route does', () => {
  let kw: E2eKeyward;
  let creator: { principalId: string; key: string };
  let roleIds: Record<'workspace' | 'project', string>;
  const recorded = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  let values: Record<string, string>;
  let identityIds: { workspace: string; project: string };
  let webhookIds: { workspace: string; project: string };
  /** Token values for the routes that take one: rotate itself, be verified (a request log), be reported leaked. */
  let tokenValues!: { siteToken: string; deliveryToken: string; leakedToken: string };

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 0 });
    const tableOf = Object.fromEntries(
      Object.entries(kw.keyward.tables).map(([name, table]) => [table, name]),
    );
    kw.keyward.runtime.dynamodb.middlewareStack.add(
      (next, context) => async (args) => {
        for (const [table, action] of actionsOf(context.commandName ?? '', args.input as Record<string, any>))
          current?.add(`${tableOf[table] ?? table}:${action}`);
        return next(args);
      },
      { step: 'initialize', name: 'accessRecorder' },
    );
    const { workspaceId, siteId } = await createWorkspaceAndSite(kw.api);
    const { projectId } = await createProjectWithContent(kw.api);
    // Values kept to be shown again: token writes keep them, reveals read them.
    await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { revealable: true });
    await kw.api.put(`/v1/projects/${projectId}/token-policy`, { revealable: true });
    const spare = await kw.api.post(`/v1/projects/${projectId}/environments`, { name: 'preview' });
    const principalId = (await kw.api.post('/v1/principals', { name: 'someone' })).body.id;
    // Whose tokens the revoke-by-creator routes end: an admin of the workspace and the project.
    creator = await createPrincipalWithKey(kw.api, { on: `/v1/workspaces/${workspaceId}`, role: 'admin' });
    await kw.api.put(`/v1/projects/${projectId}/members/${creator.principalId}`, { role: 'admin' });
    const issue = async (path: string, body: unknown) => (await kw.api.post(path, body)).body;
    const site = await issue(`/v1/sites/${siteId}/tokens`, {
      name: 'all',
      scopes: Object.fromEntries(SITE_APIS.map((api) => [api, 'write'])),
    });
    const scoped = { scopes: { sites: 'read' } };
    const delivery = await issue(`/v1/projects/${projectId}/tokens`, { title: 'cdn' });
    tokenValues = {
      siteToken: (await issue(`/v1/sites/${siteId}/tokens`, { name: 'self', ...scoped })).token,
      deliveryToken: delivery.token,
      leakedToken: (await issue(`/v1/sites/${siteId}/tokens`, { name: 'leaked', ...scoped })).token,
    };
    const tokenIds: Record<string, string> = {
      site: site.id,
      workspace: (
        await issue(`/v1/workspaces/${workspaceId}/tokens`, { name: 'w', scopes: { workspace: 'read' } })
      ).id,
      delivery: delivery.id,
      api: (await issue(`/v1/projects/${projectId}/api-tokens`, { name: 'a', type: 'read-only' })).id,
      admin: (await issue(`/v1/principals/${principalId}/admin-keys`, { name: 'k' })).id,
    };
    values = { workspaceId, siteId, projectId, principalId, environmentId: spare.body.id, ...tokenIds };
    webhookIds = {
      workspace: (
        await issue(`/v1/workspaces/${workspaceId}/webhooks`, {
          url: 'http://127.0.0.1:9/in',
          events: ['token.revoked'],
        })
      ).id,
      project: (
        await issue(`/v1/projects/${projectId}/webhooks`, {
          url: 'http://127.0.0.1:9/in',
          events: ['token.revoked'],
        })
      ).id,
    };
    roleIds = {
      workspace: (
        await issue(`/v1/workspaces/${workspaceId}/roles`, { name: 'R', permissions: ['resource:read'] })
      ).id,
      project: (await issue(`/v1/projects/${projectId}/roles`, { name: 'R', permissions: ['resource:read'] }))
        .id,
    };
    identityIds = {
      workspace: (await issue(`/v1/workspaces/${workspaceId}/identities`, { externalId: 'acme' })).id,
      project: (await issue(`/v1/projects/${projectId}/identities`, { externalId: 'acme' })).id,
    };
  }, 120_000);
  afterAll(() => kw?.stop());

  const pathOf = (route: RouteDefinition) =>
    route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (name === 'tokenId') return values[route.tokens?.kind ?? 'admin']!;
      const tenantType = route.resource?.type === 'project' ? 'project' : 'workspace';
      if (name === 'identityId') return identityIds[tenantType];
      if (name === 'webhookId') return webhookIds[tenantType];
      if (name === 'roleId') return roleIds[tenantType];
      return values[name] ?? name;
    });

  const callAndRecord = async (route: RouteDefinition) => {
    // A token of the creator's to end, made before the calls are recorded.
    const byCreator = /^revoke(\w+)TokensByCreator$/.exec(route.operationId);
    if (byCreator !== null) {
      const created = await kw
        .as(creator.key)
        .post(pathOf(route).replace(/\/revoke-by-creator$/, ''), SAMPLE_BODIES[`create${byCreator[1]}Token`]);
      expect(created.status, route.operationId).toBe(201);
    }
    // A member leaving with the tokens they created: one of the creator's made first, as above.
    const leaving = { deleteWorkspaceMember: 'SiteToken', deleteProjectMember: 'ProjectToken' }[
      route.operationId as string
    ];
    let path = pathOf(route);
    if (leaving !== undefined) {
      const collection =
        leaving === 'SiteToken'
          ? `/v1/sites/${values.siteId}/tokens`
          : `/v1/projects/${values.projectId}/tokens`;
      const created = await kw.as(creator.key).post(collection, SAMPLE_BODIES[`create${leaving}`]);
      expect(created.status, route.operationId).toBe(201);
      path = `${route.path.replace(/\{principalId\}$/, creator.principalId)}?revokeTokens=true`.replace(
        /\{(workspaceId|projectId)\}/,
        (_, name: string) => values[name]!,
      );
    }
    current = new Set();
    const body =
      {
        verifyToken: { token: tokenValues.deliveryToken, method: 'GET', path: '/api/articles' },
        reportLeakedTokens: { tokens: [tokenValues.leakedToken] },
      }[route.operationId] ??
      (byCreator === null ? SAMPLE_BODIES[route.operationId] : { createdBy: creator.principalId });
    const client = route.operationId === 'rotateSelf' ? kw.as(tokenValues.siteToken) : kw.api;
    const response = await client.request(route.method, path, body === undefined ? {} : { body });
    if (leaving !== undefined) expect(response.body?.revoked, route.operationId).toHaveLength(1);
    // What `POST /v1/verify` counted goes to the store within a minute: send it now, as part of its calls.
    if (route.operationId === 'verifyToken') await kw.keyward.flushUsage();
    recorded.set(route.operationId, current);
    current = undefined;
    return response.status;
  };

  const allowedBy = (access: TableAccess) =>
    new Set(
      Object.entries(access).flatMap(([table, actions]) =>
        actions.map((action: string) => `${table}:${action}`),
      ),
    );

  it('records only allowed actions for every route, and writes beyond `read` for every writing class', async () => {
    // Deletes last, so the routes before them find what they name.
    const ordered = [...routes].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    const outside: string[] = [];
    const tooWide: string[] = [];
    for (const route of ordered) {
      const status = await callAndRecord(route);
      const access = accessOf(route);
      const allowed = allowedBy(ROLE_ACCESS[access]);
      for (const action of recorded.get(route.operationId)!)
        if (!allowed.has(action)) outside.push(`${route.operationId} (${access}): ${action}`);
      const beyondRead = [...recorded.get(route.operationId)!].filter(
        (a) => !allowedBy(ROLE_ACCESS.read).has(a),
      );
      if (access !== 'read' && route.method !== 'GET' && status < 300 && beyondRead.length === 0)
        tooWide.push(`${route.operationId} (${access}) → ${status} with only reads`);
    }
    expect(outside).toEqual([]);
    expect(tooWide).toEqual([]);
    const summary = [...recorded].map(
      ([operation, actions]) => `${operation}: ${[...actions].sort().join(' ')}`,
    );
    expect(summary.length).toBe(routes.length);
    expect(recorded.get('revealSiteToken')).toContain('events:PutItem');
    expect(recorded.get('createSiteToken')).toContain('directory:ConditionCheckItem');
    if (process.env.SHOW_ACCESS) console.log(summary.join('\n'));
  }, 120_000);

  it('records only what the sweeper role allows while sweeping and expiring a token', async () => {
    const { siteId } = await createWorkspaceAndSite(kw.api);
    await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'idle', scopes: { sites: 'read' } });
    current = new Set();
    await kw.keyward.runtime.sweeper.run();
    kw.clock.advance(366 * DAY_MS);
    // A run would walk a year of daily shards; the same expiry path, for one owner's due tokens:
    await kw.keyward.runtime.sweeper.expireDueTokensOf(`site#${siteId}`);
    kw.clock.reset();
    const actions = [...current];
    current = undefined;
    expect(actions).toContain('tokens:UpdateItem');
    const allowed = allowedBy(ROLE_ACCESS.sweeper);
    expect(actions.filter((action) => !allowed.has(action))).toEqual([]);
  });

  it('records only what the dispatcher role allows while fanning out and sending webhooks', async () => {
    // Prepare: events waiting in the outbox (the routes above revoked and created tokens)
    current = new Set();

    // Act
    await kw.keyward.runtime.container.get(webhookDispatcher).drain();

    // Assess: the outbox read, deliveries written and their attempts recorded, all inside the role
    const actions = [...current];
    current = undefined;
    expect(actions).toEqual(expect.arrayContaining(['events:Query', 'events:PutItem', 'events:UpdateItem']));
    const allowed = allowedBy(ROLE_ACCESS.dispatcher);
    expect(actions.filter((action) => !allowed.has(action))).toEqual([]);
  });
});
