import { labelsOf, selfRotatableKinds } from '../../domain/kinds.js';
import { LEAK_REPORT_LIMITS } from '../../domain/leak-report.js';
import type { RouteDefinition } from '../route.js';
import { issuedTokenView } from '../schemas/common.js';
import {
  leakReportBody,
  leakReportReceipt,
  selfRotateBody,
  tokenPolicyBody,
  tokenPolicyView,
} from '../schemas/compromise.js';
import { directoryPathParams } from '../schemas/directory.js';
import { projectPathParams } from '../schemas/projects.js';

/** Routes of compromise response: leak reports, self-rotation, and the token policies that govern reuse. */

const tokenPolicyRoutes = (
  type: 'workspace' | 'project',
  basePath: string,
  idParam: string,
  params: NonNullable<RouteDefinition['request']>['params'],
): RouteDefinition[] => {
  const stem = type.charAt(0).toUpperCase() + type.slice(1);
  const common = {
    path: `${basePath}/token-policy`,
    tag: 'Token policies',
    auth: 'admin',
    resource: { type, idParam },
  } as const;
  return [
    {
      ...common,
      method: 'GET',
      operationId: `get${stem}TokenPolicy`,
      summary: `How a ${type} treats its tokens (lifetime, scope and type limits, restrictions, reuse detection), and the active tokens that break it`,
      handler: 'functions/token-policies/get',
      request: { params },
      responses: { 200: { description: 'The token policy', schema: tokenPolicyView } },
    },
    {
      ...common,
      method: 'PUT',
      operationId: `put${stem}TokenPolicy`,
      summary: `Replace a ${type}'s token policy (admins); answers the active tokens that break it`,
      handler: 'functions/token-policies/put',
      request: { params, body: tokenPolicyBody },
      responses: { 200: { description: 'The token policy', schema: tokenPolicyView } },
    },
  ];
};

/** Who may rotate itself, as the route's summary names them (from the kinds table). */
const selfRotators = labelsOf(selfRotatableKinds);

export const compromiseRoutes: readonly RouteDefinition[] = [
  {
    method: 'POST',
    path: '/v1/token-leaks',
    operationId: 'reportLeakedTokens',
    access: 'tokens',
    summary:
      'Report exposed token values (no authentication, like GitHub’s credential revocation API); live ones are revoked at once',
    tag: 'Compromise response',
    handler: 'functions/token-leaks/report',
    auth: 'none',
    maxBodyBytes: LEAK_REPORT_LIMITS.maxBodyBytes,
    request: { body: leakReportBody },
    responses: {
      202: {
        description: 'Accepted. The same answer for known, unknown and already revoked tokens.',
        schema: leakReportReceipt,
      },
    },
  },
  {
    method: 'POST',
    path: '/v1/tokens/self/rotate',
    selfAuthenticated: true,
    operationId: 'rotateSelf',
    access: 'tokens',
    summary: `${selfRotators.charAt(0).toUpperCase()}${selfRotators.slice(1)} replaces its own value (\`Authorization: Bearer <token>\`); the old one keeps working for the grace period`,
    tag: 'Compromise response',
    handler: 'functions/tokens/rotate-self',
    auth: 'none',
    request: { body: selfRotateBody },
    responses: { 200: { description: 'The token with its new value in `token`', schema: issuedTokenView } },
  },
  ...tokenPolicyRoutes(
    'workspace',
    '/v1/workspaces/{workspaceId}',
    'workspaceId',
    directoryPathParams.workspace,
  ),
  ...tokenPolicyRoutes('project', '/v1/projects/{projectId}', 'projectId', projectPathParams.project),
];
