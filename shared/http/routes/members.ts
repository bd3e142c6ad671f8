import * as z from 'zod';
import type { ResourceType } from '../../domain/directory.js';
import type { RouteDefinition } from '../route.js';
import { directoryPathParams, memberBody, memberRemovalQuery, membershipView } from '../schemas/directory.js';
import { projectPathParams } from '../schemas/projects.js';
import { revokedByCreatorView } from '../schemas/tokens.js';

/** Who holds a role on a workspace, site or project: the same three operations on each. */

const memberRoutesOf = (
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
      handler: 'functions/members/list',
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
      handler: 'functions/members/put',
      request: { params: params.member, body: memberBody },
      responses: { 200: { description: 'The membership', schema: membershipView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: `${basePath}/members/{principalId}`,
      // With `revokeTokens`, it ends tokens too.
      access: 'tokens',
      operationId: `delete${stem}Member`,
      summary: `Remove a principal's role on a ${type}; with \`revokeTokens=true\`, first end every active token they created in it${type === 'workspace' ? ' and its sites' : ''}`,
      handler: 'functions/members/delete',
      request: { params: params.member, query: memberRemovalQuery },
      responses: {
        200: {
          description: 'Removed, with the tokens ended (`revokeTokens=true`)',
          schema: revokedByCreatorView,
        },
        204: { description: 'Removed' },
      },
    },
  ];
};

export const memberRoutes: readonly RouteDefinition[] = [
  ...memberRoutesOf('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', {
    owner: directoryPathParams.workspace,
    member: directoryPathParams.workspaceMember,
  }),
  ...memberRoutesOf('site', '/v1/sites/{siteId}', 'siteId', {
    owner: directoryPathParams.site,
    member: directoryPathParams.siteMember,
  }),
  ...memberRoutesOf('project', '/v1/projects/{projectId}', 'projectId', {
    owner: projectPathParams.project,
    member: projectPathParams.member,
  }),
];
