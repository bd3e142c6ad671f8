import type { ResourceType, TenantType } from '../domain/directory.js';
import { tokenKinds } from '../domain/kinds.js';
import type { TokenInput } from '../services/tokens/mint-token.js';
import type { TokenOwner } from '../services/tokens/owned-token.js';
import type { TokenPatch } from '../services/tokens/token-service.js';
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

/** The workspace or project a route names, for what only they hold: token policies and identities. */
export const tenantOf = (
  route: RouteDefinition,
  params: Readonly<Record<string, string>>,
): { readonly type: TenantType; readonly id: string } => {
  const { type, id } = resourceOf(route, params);
  if (type !== 'workspace' && type !== 'project') {
    throw new Error(`Route ${route.operationId} names a ${type}; only workspaces and projects hold this.`);
  }
  return { type, id };
};

/** The page a list route asks for, from its validated pagination query (an absent cursor stays absent). */
export const pageRequestOf = ({
  limit,
  cursor,
}: {
  readonly limit: number;
  readonly cursor?: string | undefined;
}): PageRequest => (cursor === undefined ? { limit } : { limit, cursor });

/** The service input of a token create, through the route's mapper when the kind names fields its own way. */
export const tokenInputOf = (route: RouteDefinition, body: unknown): TokenInput => {
  const toInput = route.tokens?.toInput;
  if (toInput === undefined) throw new Error(`Route ${route.operationId} maps no body to a token.`);
  return toInput(body);
};

export const tokenPatchOf = (route: RouteDefinition, body: unknown): TokenPatch => {
  const toPatch = route.tokens?.toPatch;
  if (toPatch === undefined) throw new Error(`Route ${route.operationId} maps no body to a token change.`);
  return toPatch(body);
};
