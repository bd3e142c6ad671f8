import * as z from 'zod';
import type { ResourceType } from '../../domain/directory.js';
import type { RouteDefinition } from '../route.js';
import { resourceId } from '../schemas/common.js';
import { directoryPathParams } from '../schemas/directory.js';
import { identityPathParams } from '../schemas/identities.js';
import { projectPathParams } from '../schemas/projects.js';
import { tokenPathParams } from '../schemas/tokens.js';
import { usageQuery, usageView } from '../schemas/usage.js';

/** Verification analytics: a token's, an owner's and an identity's counts over time, by outcome. */

const common = { tag: 'Usage', auth: 'admin', method: 'GET' } as const;

const tokenUsageRoute: RouteDefinition = {
  ...common,
  path: '/v1/tokens/{tokenId}/usage',
  operationId: 'getTokenUsage',
  summary: 'Verifications of a token per hour or day, by outcome code, and when it was last used',
  handler: 'functions/usage/token',
  request: { params: z.object({ tokenId: resourceId('token') }), query: usageQuery },
  responses: { 200: { description: 'Counts per bucket and in total', schema: usageView } },
};

/** The usage of everything an owner (a site, workspace or project) holds. */
const ownerUsageRoute = (
  type: ResourceType,
  basePath: string,
  idParam: string,
  params: z.ZodObject,
): RouteDefinition => ({
  ...common,
  path: `${basePath}/usage`,
  resource: { type, idParam },
  operationId: `get${type.charAt(0).toUpperCase()}${type.slice(1)}Usage`,
  summary: `Verifications of a ${type}’s tokens per hour or day, by outcome code`,
  handler: 'functions/usage/owner',
  request: { params, query: usageQuery },
  responses: { 200: { description: 'Counts per bucket and in total', schema: usageView } },
});

/** The usage of an identity's tokens together. */
const identityUsageRoute = (
  type: ResourceType,
  item: string,
  idParam: string,
  params: z.ZodObject,
): RouteDefinition => ({
  ...common,
  path: `${item}/usage`,
  resource: { type, idParam },
  operationId: `get${type.charAt(0).toUpperCase()}${type.slice(1)}IdentityUsage`,
  summary: 'Verifications of an identity’s tokens per hour or day, by outcome code',
  handler: 'functions/usage/identity',
  request: { params, query: usageQuery },
  responses: { 200: { description: 'Counts per bucket and in total', schema: usageView } },
});

export const usageRoutes: readonly RouteDefinition[] = [
  tokenUsageRoute,
  ownerUsageRoute('site', '/v1/sites/{siteId}', 'siteId', tokenPathParams.site),
  ownerUsageRoute('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', directoryPathParams.workspace),
  ownerUsageRoute('project', '/v1/projects/{projectId}', 'projectId', projectPathParams.project),
  identityUsageRoute(
    'workspace',
    '/v1/workspaces/{workspaceId}/identities/{identityId}',
    'workspaceId',
    identityPathParams.workspace,
  ),
  identityUsageRoute(
    'project',
    '/v1/projects/{projectId}/identities/{identityId}',
    'projectId',
    identityPathParams.project,
  ),
];
