import { z } from 'zod';
import type { ResourceType } from '../domain/directory.js';
import type { TokenKind } from '../domain/kinds.js';
import type { RouteDefinition } from './route.js';
import { issuedTokenView, pageOf, paginationQuery, tokenListQuery, tokenView } from './schemas/common.js';
import {
  auditEventView,
  directoryPathParams,
  memberBody,
  membershipView,
  principalBodies,
  principalView,
  siteBodies,
  siteView,
  workspaceBodies,
  workspaceView,
} from './schemas/directory.js';
import {
  adminKeyBodies,
  regenerateBody,
  siteTokenBodies,
  tokenPathParams,
  workspaceTokenBodies,
} from './schemas/tokens.js';
import { verificationResult, verifyBody } from './schemas/verify.js';

/** The route table of the management API. Order does not matter: the router prefers literal segments. */

interface TokenRouteFamily {
  readonly kind: TokenKind;
  readonly tag: string;
  readonly label: string;
  readonly basePath: string;
  readonly ownerParam: string;
  readonly params: { readonly owner: z.ZodObject; readonly token: z.ZodObject };
  readonly bodies: { readonly create: z.ZodType; readonly update: z.ZodType };
  readonly operationStem: string;
}

/** The six operations every token kind offers, generated so the kinds cannot drift apart. */
const tokenRoutes = (family: TokenRouteFamily): RouteDefinition[] => {
  const { kind, tag, label, basePath, ownerParam, params, bodies, operationStem } = family;
  const item = `${basePath}/{tokenId}`;
  const common = { tag, auth: 'admin', tokens: { kind, ownerParam } } as const;
  return [
    {
      ...common,
      method: 'GET',
      path: basePath,
      operationId: `list${operationStem}s`,
      summary: `List ${label}s, newest first`,
      handler: 'tokens/list',
      request: { params: params.owner, query: tokenListQuery },
      responses: { 200: { description: `A page of ${label}s`, schema: pageOf(tokenView) } },
    },
    {
      ...common,
      method: 'POST',
      path: basePath,
      operationId: `create${operationStem}`,
      summary: `Create a ${label}; the response is the only time its value is shown`,
      handler: 'tokens/create',
      request: { params: params.owner, body: bodies.create },
      responses: {
        201: { description: `The new ${label}, with its value in \`token\``, schema: issuedTokenView },
      },
    },
    {
      ...common,
      method: 'GET',
      path: item,
      operationId: `get${operationStem}`,
      summary: `Get a ${label}`,
      handler: 'tokens/get',
      request: { params: params.token },
      responses: { 200: { description: `The ${label}`, schema: tokenView } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${operationStem}`,
      summary: `Rename or re-scope a ${label}`,
      handler: 'tokens/update',
      request: { params: params.token, body: bodies.update },
      responses: { 200: { description: `The updated ${label}`, schema: tokenView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: item,
      operationId: `revoke${operationStem}`,
      summary: `Revoke a ${label}; it stops working immediately`,
      handler: 'tokens/revoke',
      request: { params: params.token },
      responses: { 200: { description: `The revoked ${label}`, schema: tokenView } },
    },
    {
      ...common,
      method: 'POST',
      path: `${item}/regenerate`,
      operationId: `regenerate${operationStem}`,
      summary: `Issue a new value for a ${label}, optionally keeping the old one valid for a grace period`,
      handler: 'tokens/regenerate',
      request: { params: params.token, body: regenerateBody },
      responses: { 200: { description: 'The token with its new value in `token`', schema: issuedTokenView } },
    },
  ];
};

const memberRoutes = (
  type: ResourceType,
  basePath: string,
  idParam: string,
  params: {
    readonly owner: z.ZodObject;
    readonly member: z.ZodObject;
  },
): RouteDefinition[] => {
  const common = { tag: 'Members', auth: 'admin', resource: { type, idParam } } as const;
  const stem = type.charAt(0).toUpperCase() + type.slice(1);
  return [
    {
      ...common,
      method: 'GET',
      path: `${basePath}/members`,
      operationId: `list${stem}Members`,
      summary: `List who holds a role on a ${type}`,
      handler: 'members/list',
      request: { params: params.owner },
      responses: {
        200: { description: 'Memberships', schema: z.object({ items: z.array(membershipView) }) },
      },
    },
    {
      ...common,
      method: 'PUT',
      path: `${basePath}/members/{principalId}`,
      operationId: `put${stem}Member`,
      summary: `Give a principal a role on a ${type} (replaces its previous role)`,
      handler: 'members/put',
      request: { params: params.member, body: memberBody },
      responses: { 200: { description: 'The membership', schema: membershipView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: `${basePath}/members/{principalId}`,
      operationId: `delete${stem}Member`,
      summary: `Remove a principal's role on a ${type}`,
      handler: 'members/delete',
      request: { params: params.member },
      responses: { 204: { description: 'Removed' } },
    },
  ];
};

export const routes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Liveness: answers 200 once the tables exist',
    tag: 'Service',
    handler: 'service/health',
    auth: 'none',
    responses: { 200: { description: 'Healthy', schema: z.object({ status: z.literal('ok') }) } },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'Service',
    handler: 'service/openapi',
    auth: 'none',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  },
  {
    method: 'POST',
    path: '/v1/workspaces',
    operationId: 'createWorkspace',
    summary: 'Create a workspace (instance owner); its creator becomes its admin',
    tag: 'Workspaces',
    handler: 'workspaces/create',
    auth: 'admin',
    request: { body: workspaceBodies.create },
    responses: { 201: { description: 'The workspace', schema: workspaceView } },
  },
  {
    method: 'GET',
    path: '/v1/workspaces',
    operationId: 'listWorkspaces',
    summary: 'List the workspaces you hold a role on',
    tag: 'Workspaces',
    handler: 'workspaces/list',
    auth: 'admin',
    responses: { 200: { description: 'Workspaces', schema: z.object({ items: z.array(workspaceView) }) } },
  },
  {
    method: 'GET',
    path: '/v1/workspaces/{workspaceId}',
    operationId: 'getWorkspace',
    summary: 'Get a workspace',
    tag: 'Workspaces',
    handler: 'workspaces/get',
    auth: 'admin',
    request: { params: directoryPathParams.workspace },
    responses: { 200: { description: 'The workspace', schema: workspaceView } },
  },
  {
    method: 'GET',
    path: '/v1/workspaces/{workspaceId}/audit-logs',
    operationId: 'listAuditLogs',
    summary: "A workspace's audit log, newest first",
    tag: 'Workspaces',
    handler: 'audit-logs/list',
    auth: 'admin',
    request: { params: directoryPathParams.workspace, query: paginationQuery },
    responses: { 200: { description: 'A page of audit events', schema: pageOf(auditEventView) } },
  },
  {
    method: 'POST',
    path: '/v1/workspaces/{workspaceId}/sites',
    operationId: 'createSite',
    summary: 'Create a site in a workspace',
    tag: 'Sites',
    handler: 'sites/create',
    auth: 'admin',
    request: { params: directoryPathParams.workspace, body: siteBodies.create },
    responses: { 201: { description: 'The site', schema: siteView } },
  },
  {
    method: 'GET',
    path: '/v1/workspaces/{workspaceId}/sites',
    operationId: 'listSites',
    summary: "List a workspace's sites",
    tag: 'Sites',
    handler: 'sites/list',
    auth: 'admin',
    request: { params: directoryPathParams.workspace, query: paginationQuery },
    responses: { 200: { description: 'A page of sites', schema: pageOf(siteView) } },
  },
  {
    method: 'GET',
    path: '/v1/sites/{siteId}',
    operationId: 'getSite',
    summary: 'Get a site',
    tag: 'Sites',
    handler: 'sites/get',
    auth: 'admin',
    request: { params: directoryPathParams.site },
    responses: { 200: { description: 'The site', schema: siteView } },
  },
  {
    method: 'PATCH',
    path: '/v1/sites/{siteId}',
    operationId: 'updateSite',
    summary: "Change a site's settings",
    tag: 'Sites',
    handler: 'sites/update',
    auth: 'admin',
    request: { params: directoryPathParams.site, body: siteBodies.update },
    responses: { 200: { description: 'The site', schema: siteView } },
  },
  {
    method: 'POST',
    path: '/v1/principals',
    operationId: 'createPrincipal',
    summary: 'Create a principal (instance owner); give it an admin key and roles next',
    tag: 'Principals',
    handler: 'principals/create',
    auth: 'admin',
    request: { body: principalBodies.create },
    responses: { 201: { description: 'The principal', schema: principalView } },
  },
  {
    method: 'GET',
    path: '/v1/principals/me',
    operationId: 'getCurrentPrincipal',
    summary: 'The principal behind the admin key used',
    tag: 'Principals',
    handler: 'principals/me',
    auth: 'admin',
    responses: { 200: { description: 'The principal', schema: principalView } },
  },
  {
    method: 'GET',
    path: '/v1/principals/{principalId}',
    operationId: 'getPrincipal',
    summary: 'Get a principal (yourself, or any as instance owner)',
    tag: 'Principals',
    handler: 'principals/get',
    auth: 'admin',
    request: { params: directoryPathParams.principal },
    responses: { 200: { description: 'The principal', schema: principalView } },
  },
  {
    method: 'POST',
    path: '/v1/verify',
    operationId: 'verifyToken',
    summary:
      "Verify a token (and optionally a request) for your own API; needs `verify` on the token's owner",
    tag: 'Verification',
    handler: 'verify/verify',
    auth: 'admin',
    request: { body: verifyBody },
    responses: {
      200: {
        description: 'The verification outcome; denials are 200 with valid: false',
        schema: verificationResult,
      },
    },
  },
  ...memberRoutes('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', {
    owner: directoryPathParams.workspace,
    member: directoryPathParams.workspaceMember,
  }),
  ...memberRoutes('site', '/v1/sites/{siteId}', 'siteId', {
    owner: directoryPathParams.site,
    member: directoryPathParams.siteMember,
  }),
  ...tokenRoutes({
    kind: 'site',
    tag: 'Site tokens',
    label: 'site token',
    basePath: '/v1/sites/{siteId}/tokens',
    ownerParam: 'siteId',
    params: { owner: tokenPathParams.site, token: tokenPathParams.siteToken },
    bodies: siteTokenBodies,
    operationStem: 'SiteToken',
  }),
  ...tokenRoutes({
    kind: 'workspace',
    tag: 'Workspace tokens',
    label: 'workspace token',
    basePath: '/v1/workspaces/{workspaceId}/tokens',
    ownerParam: 'workspaceId',
    params: { owner: tokenPathParams.workspace, token: tokenPathParams.workspaceToken },
    bodies: workspaceTokenBodies,
    operationStem: 'WorkspaceToken',
  }),
  ...tokenRoutes({
    kind: 'admin',
    tag: 'Admin keys',
    label: 'admin key',
    basePath: '/v1/principals/{principalId}/admin-keys',
    ownerParam: 'principalId',
    params: { owner: tokenPathParams.principal, token: tokenPathParams.adminKey },
    bodies: adminKeyBodies,
    operationStem: 'AdminKey',
  }).filter((route) => route.handler !== 'tokens/regenerate'),
];
