import * as z from 'zod';
import { TOKEN_KINDS, tokenKinds } from '../shared/domain/kinds.js';
import type { RouteDefinition } from '../shared/http/route.js';
import { routePolicyOf } from '../shared/http/route.js';
import { pageOf, paginationQuery, resourceId, tokenView } from '../shared/http/schemas/common.js';
import { auditEventView, siteView, workspaceView } from '../shared/http/schemas/directory.js';

/**
 * The sample Data API: a protected API as a Keyward user would build one, behind the token authorizer.
 * Each route declares what it needs from a token; the authorizer enforces it from this table.
 */

const siteParams = z.object({ siteId: resourceId('site') });
const workspaceParams = z.object({ workspaceId: resourceId('workspace') });
const siteObject = siteView
  .extend({
    previewUrl: z.string().nullable(),
    parentFolderId: z.string().nullable(),
    lastPublished: z.string().nullable(),
    locales: z.unknown(),
  })
  .meta({ id: 'SiteObject' });

const common = { auth: 'token', tag: 'Sample Data API' } as const;
const ownSite = { siteId: 'site' } as const;
const ownWorkspace = { workspaceId: 'workspace' } as const;

export const sampleRoutes: readonly RouteDefinition[] = [
  {
    ...common,
    method: 'GET',
    path: '/v2/token/introspect',
    operationId: 'introspectToken',
    summary: 'What the presented token is: id, kind, owner, scopes, dates',
    handler: 'sample-api/functions/token/introspect',
    // Every kind that may call a protected API at all: admin keys are for the management API only.
    policy: { api: null, kinds: TOKEN_KINDS.filter((kind) => tokenKinds[kind].accessModel !== 'none') },
    responses: {
      200: {
        description: 'The token, with its identity’s external id from the authorizer’s context',
        schema: tokenView.extend({ externalId: z.string().optional() }),
      },
    },
  },
  {
    ...common,
    method: 'GET',
    path: '/v2/sites',
    operationId: 'listSampleSites',
    summary: 'The sites the token can see',
    handler: 'sample-api/functions/sites/list',
    policy: { api: 'sites' },
    responses: { 200: { description: 'Sites', schema: z.object({ sites: z.array(siteObject) }) } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v2/sites/{siteId}',
    operationId: 'getSampleSite',
    summary: 'Get site information',
    handler: 'sample-api/functions/sites/get',
    policy: { api: 'sites', bind: ownSite },
    request: { params: siteParams },
    responses: { 200: { description: 'The site', schema: siteObject } },
  },
  {
    ...common,
    method: 'POST',
    path: '/v2/sites/{siteId}/publish',
    operationId: 'publishSampleSite',
    summary: 'Publish a site (needs sites:write; spends 5 of a token’s credits)',
    handler: 'sample-api/functions/sites/publish',
    policy: { api: 'sites', bind: ownSite, cost: 5 },
    request: { params: siteParams },
    responses: { 200: { description: 'The published site', schema: siteObject } },
  },
  ...(['GET', 'POST'] as const).map(
    (method): RouteDefinition => ({
      ...common,
      method,
      path: '/v2/sites/{siteId}/custom_code',
      operationId: `${method.toLowerCase()}SampleCustomCode`,
      summary: 'Custom code: exists, and is never reachable with a site token',
      handler: 'sample-api/functions/sites/custom-code',
      policy: { api: 'custom_code', bind: ownSite },
      request: { params: siteParams },
      responses: {
        200: { description: 'Custom code blocks', schema: z.object({ blocks: z.array(z.unknown()) }) },
      },
    }),
  ),
  {
    ...common,
    method: 'GET',
    path: '/v2/workspaces/{workspaceId}',
    operationId: 'getSampleWorkspace',
    summary: 'Workspace information (workspace:read)',
    handler: 'sample-api/functions/workspaces/get',
    policy: { api: 'workspace', bind: ownWorkspace },
    request: { params: workspaceParams },
    responses: { 200: { description: 'The workspace', schema: workspaceView } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v2/workspaces/{workspaceId}/audit_logs',
    operationId: 'listSampleAuditLogs',
    summary: 'Workspace audit logs (audit_logs:read)',
    handler: 'sample-api/functions/audit-logs/list',
    policy: { api: 'audit_logs', bind: ownWorkspace },
    request: { params: workspaceParams, query: paginationQuery },
    responses: { 200: { description: 'A page of audit events', schema: pageOf(auditEventView) } },
  },
];

/* Content APIs: read-only delivery for project tokens, CRUD for API tokens. */

const entryView = z
  .object({
    id: z.string(),
    contentType: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'Entry' });
const contentTypeParam = z.object({ contentType: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/) });
const entryParams = contentTypeParam.extend({ entryId: z.string().regex(/^[0-9a-z]{26}$/) });
const pluralParam = z.object({ pluralName: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/) });
const pluralEntryParams = pluralParam.extend({ entryId: z.string().regex(/^[0-9a-z]{26}$/) });
export const entryBody = z
  .strictObject({ data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'EntryBody' });
const delivery = { api: 'content', kinds: ['delivery'] } as const;
const contentApi = { api: 'content-api', kinds: ['api'] } as const;

export const contentRoutes: readonly RouteDefinition[] = [
  {
    ...common,
    tag: 'Content delivery',
    method: 'GET',
    path: '/v2/content/{contentType}',
    operationId: 'listDeliveredEntries',
    summary: "Published entries of a content type, from the project token's environment",
    handler: 'sample-api/functions/content/list',
    policy: delivery,
    request: { params: contentTypeParam, query: paginationQuery },
    responses: { 200: { description: 'A page of entries', schema: pageOf(entryView) } },
  },
  {
    ...common,
    tag: 'Content delivery',
    method: 'GET',
    path: '/v2/content/{contentType}/{entryId}',
    operationId: 'getDeliveredEntry',
    summary: "One entry, from the project token's environment",
    handler: 'sample-api/functions/content/get',
    policy: delivery,
    request: { params: entryParams },
    responses: { 200: { description: 'The entry', schema: entryView } },
  },
  ...(
    [
      ['GET', '/api/{pluralName}', 'find', 'find', pluralParam, undefined, 'Find entries'],
      ['POST', '/api/{pluralName}', 'create', 'create', pluralParam, entryBody, 'Create an entry'],
      [
        'GET',
        '/api/{pluralName}/{entryId}',
        'findOne',
        'find-one',
        pluralEntryParams,
        undefined,
        'Find one entry',
      ],
      [
        'PUT',
        '/api/{pluralName}/{entryId}',
        'update',
        'update',
        pluralEntryParams,
        entryBody,
        'Replace an entry',
      ],
      [
        'DELETE',
        '/api/{pluralName}/{entryId}',
        'delete',
        'delete',
        pluralEntryParams,
        undefined,
        'Delete an entry',
      ],
    ] as const
  ).map(
    ([method, path, action, handler, params, body, summary]): RouteDefinition => ({
      ...common,
      tag: 'Content API',
      method,
      path,
      operationId: `${action}ContentApi`,
      summary: `${summary} (API token with the ${action} action)`,
      handler: `sample-api/functions/api/${handler}`,
      policy: { ...contentApi, action },
      request: {
        params,
        ...(body === undefined ? {} : { body }),
        ...(action === 'find' ? { query: paginationQuery } : {}),
      },
      responses: { [action === 'create' ? 201 : action === 'delete' ? 204 : 200]: { description: summary } },
    }),
  ),
];

export const graphqlBody = z
  .strictObject({
    query: z.string().min(1).max(20_000),
    variables: z.record(z.string(), z.unknown()).optional(),
    operationName: z.string().max(200).optional(),
  })
  .meta({ id: 'GraphqlRequest' });

/**
 * `POST /graphql`: the content API's five actions as GraphQL fields. The authorizer admits any valid API token
 * and spends nothing (it cannot see the fields); each field is then verified, and metered, as the REST route
 * it stands for (sample-api/graphql.ts).
 */
export const graphqlRoute: RouteDefinition = {
  ...common,
  tag: 'Content API',
  method: 'POST',
  path: '/graphql',
  operationId: 'graphqlContentApi',
  summary: 'GraphQL over the content API (API tokens): each field authorized as the REST route it stands for',
  handler: 'sample-api/functions/graphql',
  policy: { api: null, kinds: ['api'], cost: 0 },
  request: { body: graphqlBody },
  responses: { 200: { description: 'The GraphQL answer: `data`, and `errors` with Keyward codes' } },
};

export const protectedRoutes: readonly RouteDefinition[] = [...sampleRoutes, ...contentRoutes, graphqlRoute];

export const sampleRoutePolicy = routePolicyOf(protectedRoutes);
