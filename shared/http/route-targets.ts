import type { ResourceType } from '../domain/directory.js';
import { tokenKinds } from '../domain/kinds.js';
import type { TokenInput } from '../services/mint-token.js';
import type { TokenOwner, TokenPatch } from '../services/token-service.js';
import type { PageRequest } from '../store/cursor.js';
import type { RouteDefinition } from './route.js';

/** Reads what a generic operation acts on from its route entry: routes carry the kind, not the handler. */

export const tokenOwnerOf = (
  route: RouteDefinition,
  params: Readonly<Record<string, string>>,
): TokenOwner => {
  if (route.tokens === undefined) throw new Error(`Route ${route.operationId} declares no token family.`);
  return { kind: tokenKinds[route.tokens.kind], ownerId: params[route.tokens.ownerParam]! };
};

export const resourceOf = (
  route: RouteDefinition,
  params: Readonly<Record<string, string>>,
): { readonly type: ResourceType; readonly id: string } => {
  if (route.resource === undefined) throw new Error(`Route ${route.operationId} declares no resource.`);
  return { type: route.resource.type, id: params[route.resource.idParam]! };
};

/** The pagination (and optional status filter) of a list route, as validated by its query schema. */
export const pageRequestOf = <Extra extends object = object>(
  query: Readonly<Record<string, unknown>>,
): PageRequest & Extra => query as unknown as PageRequest & Extra;

/** The service input of a token create, through the route's mapper when the kind names fields its own way. */
export const tokenInputOf = (route: RouteDefinition, body: unknown): TokenInput =>
  route.tokens?.toInput?.(body) ?? (body as TokenInput);

export const tokenPatchOf = (route: RouteDefinition, body: unknown): TokenPatch =>
  route.tokens?.toPatch?.(body) ?? (body as TokenPatch);
