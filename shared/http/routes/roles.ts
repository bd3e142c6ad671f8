import * as z from 'zod';
import type { RoleHolderType } from '../../domain/custom-roles.js';
import type { RouteDefinition } from '../route.js';
import { roleBodies, rolePathParams, roleView } from '../schemas/roles.js';

/** A workspace's or project's administrator roles: the built-in ones listed, its own ones managed. */
const roleRoutesOf = (
  type: RoleHolderType,
  basePath: string,
  idParam: string,
  params: { readonly owner: z.ZodObject; readonly role: z.ZodObject },
): RouteDefinition[] => {
  const stem = type.charAt(0).toUpperCase() + type.slice(1);
  const collection = `${basePath}/roles`;
  const item = `${collection}/{roleId}`;
  const common = { tag: 'Roles', auth: 'admin', resource: { type, idParam } } as const;
  return [
    {
      ...common,
      method: 'GET',
      path: collection,
      operationId: `list${stem}Roles`,
      summary: `List the roles members of a ${type} can hold: the four built-in ones (read-only), then its own`,
      handler: 'functions/roles/list',
      request: { params: params.owner },
      responses: { 200: { description: 'Roles', schema: z.object({ items: z.array(roleView) }) } },
    },
    {
      ...common,
      method: 'POST',
      path: collection,
      operationId: `create${stem}Role`,
      summary: `Define a role of a ${type}: a name and permissions, none the caller does not hold there`,
      handler: 'functions/roles/create',
      request: { params: params.owner, body: roleBodies.create },
      responses: { 201: { description: 'The role', schema: roleView } },
    },
    {
      ...common,
      method: 'GET',
      path: item,
      operationId: `get${stem}Role`,
      summary: `Get a role of a ${type}`,
      handler: 'functions/roles/get',
      request: { params: params.role },
      responses: { 200: { description: 'The role', schema: roleView } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${stem}Role`,
      summary: `Rename a role of a ${type} or change its permissions (its members hold the new ones at once)`,
      handler: 'functions/roles/update',
      request: { params: params.role, body: roleBodies.update },
      responses: { 200: { description: 'The role', schema: roleView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: item,
      operationId: `delete${stem}Role`,
      summary: `Delete a role of a ${type} that no member holds (409 role_in_use otherwise)`,
      handler: 'functions/roles/delete',
      request: { params: params.role },
      responses: { 204: { description: 'Deleted' } },
    },
  ];
};

export const roleRoutes: readonly RouteDefinition[] = [
  ...roleRoutesOf('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', {
    owner: rolePathParams.workspace,
    role: rolePathParams.workspaceRole,
  }),
  ...roleRoutesOf('project', '/v1/projects/{projectId}', 'projectId', {
    owner: rolePathParams.project,
    role: rolePathParams.projectRole,
  }),
];
