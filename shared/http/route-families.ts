import * as z from 'zod';
import type { ResourceType } from '../domain/directory.js';
import { type TokenKind, tokenKinds } from '../domain/kinds.js';
import type { TokenInput } from '../services/mint-token.js';
import type { TokenPatch } from '../services/token-service.js';
import type { RouteDefinition } from './route.js';
import { issuedTokenView, pageOf, tokenListQuery, tokenView } from './schemas/common.js';
import { memberBody, membershipView } from './schemas/directory.js';
import { regenerateBody } from './schemas/tokens.js';

/** Route generators for families of routes every token kind, or every resource type, shares. */

export interface TokenRouteFamily {
  readonly kind: TokenKind;
  readonly tag: string;
  readonly label: string;
  readonly basePath: string;
  readonly ownerParam: string;
  readonly params: { readonly owner: z.ZodObject; readonly token: z.ZodObject };
  readonly bodies: { readonly create: z.ZodType; readonly update: z.ZodType };
  readonly operationStem: string;
  /** Response schema of the kind's tokens. @default tokenView */
  readonly view?: z.ZodObject;
  /** Request body to service input, where the kind's fields differ from the service's (seed names). */
  readonly toInput?: (body: unknown) => TokenInput;
  readonly toPatch?: (body: unknown) => TokenPatch;
  /** Whether the regenerate route exists (kinds that cannot regenerate still answer it with 405). */
  readonly withRegenerate?: boolean;
}

/** The six operations every token kind offers, generated so the kinds cannot drift apart. */
export const tokenRoutes = (family: TokenRouteFamily): RouteDefinition[] => {
  const { kind, tag, label, basePath, ownerParam, params, bodies, operationStem, toInput, toPatch } = family;
  const view = family.view ?? tokenView;
  const issued = view.extend({ token: issuedTokenView.shape.token }).meta({ id: `Issued${operationStem}` });
  const item = `${basePath}/{tokenId}`;
  const aLabel = `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
  const common = {
    tag,
    auth: 'admin',
    tokens: {
      kind,
      ownerParam,
      ...(toInput === undefined ? {} : { toInput }),
      ...(toPatch === undefined ? {} : { toPatch }),
    },
  } as const;
  const routes: RouteDefinition[] = [
    {
      ...common,
      method: 'GET',
      path: basePath,
      operationId: `list${operationStem}s`,
      summary: `List ${label}s, newest first`,
      handler: 'tokens/list',
      request: { params: params.owner, query: tokenListQuery },
      responses: { 200: { description: `A page of ${label}s`, schema: pageOf(view) } },
    },
    {
      ...common,
      method: 'POST',
      path: basePath,
      operationId: `create${operationStem}`,
      summary: `Create ${aLabel}; the response is the only time its value is shown`,
      handler: 'tokens/create',
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
      handler: 'tokens/get',
      request: { params: params.token },
      responses: { 200: { description: `The ${label}`, schema: view } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${operationStem}`,
      summary: `Rename or re-scope ${aLabel}`,
      handler: 'tokens/update',
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
            handler: 'tokens/delete',
            responses: { 204: { description: `The ${label} is deleted` } },
          }
        : {
            operationId: `revoke${operationStem}`,
            summary: `Revoke ${aLabel}: it stops working within the revocation bound and stays listed as revoked`,
            handler: 'tokens/revoke',
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
      handler: 'tokens/regenerate',
      request: { params: params.token, body: regenerateBody },
      responses: { 200: { description: 'The token with its new value in `token`', schema: issued } },
    },
  ];
  return family.withRegenerate === false
    ? routes.filter((route) => route.handler !== 'tokens/regenerate')
    : routes;
};

export const memberRoutes = (
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
