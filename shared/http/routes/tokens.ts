import type * as z from 'zod';
import { type TokenKind, tokenKinds } from '../../domain/kinds.js';
import type { TokenInput } from '../../services/tokens/mint-token.js';
import type { TokenPatch } from '../../services/tokens/token-service.js';
import type { RouteDefinition } from '../route.js';
import { issuedTokenView, pageOf, paginationQuery, tokenListQuery, tokenView } from '../schemas/common.js';
import {
  apiTokenBodies,
  apiTokenInput,
  apiTokenPatch,
  apiTokenView,
  deliveryTokenBodies,
  deliveryTokenInput,
  deliveryTokenPatch,
  deliveryTokenView,
  requestLogView,
} from '../schemas/project-tokens.js';
import { projectPathParams } from '../schemas/projects.js';
import {
  adminKeyBodies,
  regenerateBody,
  revealedTokenView,
  revokeByCreatorBody,
  revokedByCreatorView,
  scopedTokenInput,
  scopedTokenPatch,
  siteTokenBodies,
  tokenPathParams,
  workspaceTokenBodies,
} from '../schemas/tokens.js';

/** The token routes of every kind: each kind's family is generated from the same six operations. */

export interface TokenRouteFamily<
  Create extends z.ZodType = z.ZodType,
  Update extends z.ZodType = z.ZodType,
> {
  readonly kind: TokenKind;
  readonly tag: string;
  readonly label: string;
  readonly basePath: string;
  readonly ownerParam: string;
  readonly params: { readonly owner: z.ZodObject; readonly token: z.ZodObject };
  readonly bodies: { readonly create: Create; readonly update: Update };
  readonly operationStem: string;
  /** Response schema of the kind's tokens. @default tokenView */
  readonly view?: z.ZodObject;
  /** The validated create body as the service's input (the body itself where its fields are the service's). */
  readonly toInput: (body: z.output<Create>) => TokenInput;
  readonly toPatch: (body: z.output<Update>) => TokenPatch;
  /** Whether the regenerate route exists (kinds that cannot regenerate still answer it with 405). */
  readonly withRegenerate?: boolean;
  /** Whether tokens can be ended by who created them (not admin keys: a principal's keys are its own). */
  readonly withRevokeByCreator?: boolean;
}

/** The six operations every token kind offers, generated so the kinds cannot drift apart. */
const tokenRoutesOf = <Create extends z.ZodType, Update extends z.ZodType>(
  family: TokenRouteFamily<Create, Update>,
): RouteDefinition[] => {
  const { kind, tag, label, basePath, ownerParam, params, bodies, operationStem, toInput, toPatch } = family;
  const view = family.view ?? tokenView;
  const issued = view.extend({ token: issuedTokenView.shape.token }).meta({ id: `Issued${operationStem}` });
  const item = `${basePath}/{tokenId}`;
  const aLabel = `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
  const common = {
    tag,
    auth: 'admin',
    access: 'tokens',
    tokens: {
      kind,
      ownerParam,
      // The middlewares validated the body against this family's schema before any handler sees it: the one
      // place its type is named, so no handler casts.
      toInput: (body: unknown) => toInput(body as z.output<Create>),
      toPatch: (body: unknown) => toPatch(body as z.output<Update>),
    },
  } as const;
  const routes: RouteDefinition[] = [
    {
      ...common,
      method: 'GET',
      path: basePath,
      operationId: `list${operationStem}s`,
      summary: `List ${label}s, newest first`,
      handler: 'functions/tokens/list',
      request: { params: params.owner, query: tokenListQuery },
      responses: { 200: { description: `A page of ${label}s`, schema: pageOf(view) } },
    },
    {
      ...common,
      method: 'POST',
      path: basePath,
      operationId: `create${operationStem}`,
      summary: `Create ${aLabel}; the response is the only time its value is shown`,
      handler: 'functions/tokens/create',
      request: { params: params.owner, body: bodies.create },
      responses: {
        201: { description: `The new ${label}, with its value in \`token\``, schema: issued },
      },
    },
    {
      ...common,
      method: 'GET',
      path: item,
      operationId: `get${operationStem}`,
      summary: `Get ${aLabel}`,
      handler: 'functions/tokens/get',
      request: { params: params.token },
      responses: { 200: { description: `The ${label}`, schema: view } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${operationStem}`,
      summary: `Rename or re-scope ${aLabel}`,
      handler: 'functions/tokens/update',
      request: { params: params.token, body: bodies.update },
      responses: { 200: { description: `The updated ${label}`, schema: view } },
    },
    {
      ...common,
      method: 'DELETE',
      path: item,
      request: { params: params.token },
      ...(tokenKinds[kind].onDelete === 'remove'
        ? {
            operationId: `delete${operationStem}`,
            summary: `Delete ${aLabel}: it stops working within the revocation bound and is gone from lists; the audit log keeps the event`,
            handler: 'functions/tokens/delete',
            responses: { 204: { description: `The ${label} is deleted` } },
          }
        : {
            operationId: `revoke${operationStem}`,
            summary: `Revoke ${aLabel}: it stops working within the revocation bound and stays listed as revoked`,
            handler: 'functions/tokens/revoke',
            responses: { 200: { description: `The revoked ${label}`, schema: view } },
          }),
    },
    {
      ...common,
      method: 'POST',
      path: `${item}/regenerate`,
      operationId: `regenerate${operationStem}`,
      summary: tokenKinds[kind].regenerable
        ? `Issue a new value for ${aLabel}, optionally keeping the old one valid for a grace period`
        : `Answers 405 regenerate_not_supported: ${aLabel} cannot be regenerated; create a new one`,
      handler: 'functions/tokens/regenerate',
      request: { params: params.token, body: regenerateBody },
      responses: { 200: { description: 'The token with its new value in `token`', schema: issued } },
    },
  ];
  if (family.withRevokeByCreator !== false) {
    routes.push({
      ...common,
      method: 'POST',
      path: `${basePath}/revoke-by-creator`,
      operationId: `revoke${operationStem}sByCreator`,
      summary: `${tokenKinds[kind].onDelete === 'remove' ? 'Delete' : 'Revoke'} every active ${label} one principal created (someone who left, or whose role changed); list them first with \`?createdBy=\``,
      handler: 'functions/tokens/revoke-by-creator',
      request: { params: params.owner, body: revokeByCreatorBody },
      responses: { 200: { description: 'What was ended', schema: revokedByCreatorView } },
    });
  }
  if (tokenKinds[kind].revealable) {
    routes.push({
      ...common,
      method: 'POST',
      path: `${item}/reveal`,
      operationId: `reveal${operationStem}`,
      summary: `Show ${aLabel}'s value again, where its workspace or project keeps values (\`revealable\` in its token policy); needs the \`reveal\` permission (admins), is audited and rate-limited`,
      handler: 'functions/tokens/reveal',
      request: { params: params.token },
      responses: { 200: { description: 'The value', schema: revealedTokenView } },
    });
  }
  return family.withRegenerate === false
    ? routes.filter((route) => route.handler !== 'functions/tokens/regenerate')
    : routes;
};

/**
 * What a deployment may declare of each kind (`KeywardToken`): the create body of its family, as the API
 * takes it — a delivery token's secret key excepted, which a template, being readable, must not carry.
 */
export interface DeclaredTokenBodies {
  readonly site: z.input<typeof siteTokenBodies.create>;
  readonly workspace: z.input<typeof workspaceTokenBodies.create>;
  readonly delivery: Omit<z.input<typeof deliveryTokenBodies.create>, 'secretKey'>;
  readonly api: z.input<typeof apiTokenBodies.create>;
}

export const tokenRoutes: readonly RouteDefinition[] = [
  ...tokenRoutesOf({
    kind: 'site',
    tag: 'Site tokens',
    label: 'site token',
    basePath: '/v1/sites/{siteId}/tokens',
    ownerParam: 'siteId',
    params: { owner: tokenPathParams.site, token: tokenPathParams.siteToken },
    bodies: siteTokenBodies,
    operationStem: 'SiteToken',
    toInput: scopedTokenInput,
    toPatch: scopedTokenPatch,
  }),
  ...tokenRoutesOf({
    kind: 'workspace',
    tag: 'Workspace tokens',
    label: 'workspace token',
    basePath: '/v1/workspaces/{workspaceId}/tokens',
    ownerParam: 'workspaceId',
    params: { owner: tokenPathParams.workspace, token: tokenPathParams.workspaceToken },
    bodies: workspaceTokenBodies,
    operationStem: 'WorkspaceToken',
    toInput: scopedTokenInput,
    toPatch: scopedTokenPatch,
  }),
  ...tokenRoutesOf({
    kind: 'admin',
    tag: 'Admin keys',
    label: 'admin key',
    basePath: '/v1/principals/{principalId}/admin-keys',
    ownerParam: 'principalId',
    params: { owner: tokenPathParams.principal, token: tokenPathParams.adminKey },
    bodies: adminKeyBodies,
    operationStem: 'AdminKey',
    // Admin-key bodies are the token service's input as they are.
    toInput: (body) => body,
    toPatch: (body) => body,
    withRegenerate: false,
    withRevokeByCreator: false,
  }),
  ...tokenRoutesOf({
    kind: 'delivery',
    tag: 'Project tokens',
    label: 'project token',
    basePath: '/v1/projects/{projectId}/tokens',
    ownerParam: 'projectId',
    params: { owner: projectPathParams.project, token: projectPathParams.token },
    bodies: deliveryTokenBodies,
    operationStem: 'ProjectToken',
    view: deliveryTokenView,
    toInput: deliveryTokenInput,
    toPatch: deliveryTokenPatch,
    withRegenerate: false,
  }),
  {
    auth: 'admin',
    method: 'GET',
    path: '/v1/projects/{projectId}/tokens/{tokenId}/logs',
    operationId: 'listProjectTokenLogs',
    summary: 'Requests made with a project token, newest first: user agent, IP, geo, query, outcome',
    tag: 'Project tokens',
    handler: 'functions/tokens/logs',
    tokens: { kind: 'delivery', ownerParam: 'projectId' },
    request: { params: projectPathParams.token, query: paginationQuery },
    responses: { 200: { description: 'A page of request log entries', schema: pageOf(requestLogView) } },
  },
  ...tokenRoutesOf({
    kind: 'api',
    tag: 'API tokens',
    label: 'API token',
    basePath: '/v1/projects/{projectId}/api-tokens',
    ownerParam: 'projectId',
    params: { owner: projectPathParams.project, token: projectPathParams.token },
    bodies: apiTokenBodies,
    operationStem: 'ApiToken',
    view: apiTokenView,
    toInput: apiTokenInput,
    toPatch: apiTokenPatch,
  }),
];
