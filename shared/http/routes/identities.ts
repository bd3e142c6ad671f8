import type * as z from 'zod';
import type { TenantType } from '../../domain/directory.js';
import type { RouteDefinition } from '../route.js';
import { pageOf, paginationQuery, tokenView } from '../schemas/common.js';
import { directoryPathParams } from '../schemas/directory.js';
import {
  identityBodies,
  identityListQuery,
  identityPathParams,
  identityView,
} from '../schemas/identities.js';
import { projectPathParams } from '../schemas/projects.js';

/** The identity routes of a workspace or project: the same six operations on either. */
const identityRoutesOf = (
  type: TenantType,
  basePath: string,
  idParam: string,
  params: { readonly owner: z.ZodObject; readonly identity: z.ZodObject },
): RouteDefinition[] => {
  const stem = type.charAt(0).toUpperCase() + type.slice(1);
  const collection = `${basePath}/identities`;
  const item = `${collection}/{identityId}`;
  const common = {
    tag: 'Identities',
    auth: 'admin',
    resource: { type, idParam },
    // Identities live in the Tokens table beside the tokens whose limits they share.
    access: 'tokens',
  } as const;
  return [
    {
      ...common,
      method: 'GET',
      path: collection,
      access: 'read',
      operationId: `list${stem}Identities`,
      summary: `List a ${type}'s identities, newest first, or find one by its external id`,
      handler: 'functions/identities/list',
      request: { params: params.owner, query: identityListQuery },
      responses: { 200: { description: 'A page of identities', schema: pageOf(identityView) } },
    },
    {
      ...common,
      method: 'POST',
      path: collection,
      operationId: `create${stem}Identity`,
      summary: `Create an identity in a ${type}: someone its tokens belong to, with limits they share`,
      handler: 'functions/identities/create',
      request: { params: params.owner, body: identityBodies.create },
      responses: { 201: { description: 'The identity', schema: identityView } },
    },
    {
      ...common,
      method: 'GET',
      path: item,
      access: 'read',
      operationId: `get${stem}Identity`,
      summary: 'Get an identity',
      handler: 'functions/identities/get',
      request: { params: params.identity },
      responses: { 200: { description: 'The identity', schema: identityView } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${stem}Identity`,
      summary: 'Change an identity’s external id, metadata or shared limits; top up its credits',
      handler: 'functions/identities/update',
      request: { params: params.identity, body: identityBodies.update },
      responses: { 200: { description: 'The identity', schema: identityView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: item,
      operationId: `delete${stem}Identity`,
      summary: 'Delete an identity that has no active tokens left',
      handler: 'functions/identities/delete',
      request: { params: params.identity },
      responses: { 204: { description: 'Deleted' } },
    },
    {
      ...common,
      method: 'GET',
      path: `${item}/tokens`,
      access: 'read',
      operationId: `list${stem}IdentityTokens`,
      summary: 'List the tokens that belong to an identity, newest first, whatever their kind',
      handler: 'functions/identities/tokens',
      request: { params: params.identity, query: paginationQuery },
      responses: { 200: { description: 'A page of tokens', schema: pageOf(tokenView) } },
    },
  ];
};

export const identityRoutes: readonly RouteDefinition[] = [
  ...identityRoutesOf('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', {
    owner: directoryPathParams.workspace,
    identity: identityPathParams.workspace,
  }),
  ...identityRoutesOf('project', '/v1/projects/{projectId}', 'projectId', {
    owner: projectPathParams.project,
    identity: identityPathParams.project,
  }),
];
