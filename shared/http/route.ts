import type * as z from 'zod';
import type { ResourceType } from '../domain/directory.js';
import type { TokenKind } from '../domain/kinds.js';
import type { TokenInput } from '../services/tokens/mint-token.js';
import type { TokenPatch } from '../services/tokens/token-service.js';
import type { RoutePolicyEntry } from '../verify/route-policy.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * What a route's function may change, which decides its IAM role on AWS: `read` changes nothing but the use
 * of the admin key it was called with; `tokens` writes tokens, their counters, audit events and the change
 * feed (token lists too: a list expires the due tokens it meets); `directory` writes workspaces, sites,
 * projects, principals, memberships and policies, with their audit events.
 */
export const ACCESS_CLASSES = ['read', 'tokens', 'directory'] as const;
export type AccessClass = (typeof ACCESS_CLASSES)[number];
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
}

/**
 * One entry of the route table. The table is data: the local server, the CDK stack (one function per
 * entry) and the OpenAPI document are all generated from it.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/v1/sites/{siteId}/tokens`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  /** Module under `functions/` (no extension) whose `handler` serves this route. */
  readonly handler: string;
  /**
   * `admin`: the handler authenticates an admin key (`Authorization: Bearer kwa_…`).
   * `token`: a token authorizer in front of the route has verified the caller against `policy`.
   */
  readonly auth: 'admin' | 'token' | 'none';
  /** With `auth: 'none'`: the handler itself authenticates the Keyward token it is sent (self-rotation). */
  readonly selfAuthenticated?: true;
  /** For `token` routes: what the route needs from a token (see RoutePolicyEntry). */
  readonly policy?: Omit<RoutePolicyEntry, 'method' | 'path'>;
  /** For generic token operations: the kind, and the path parameter naming its owner. */
  readonly tokens?: {
    readonly kind: TokenKind;
    readonly ownerParam: string;
    /** Create and update routes: the validated body as the service's input (each kind maps its own fields). */
    readonly toInput?: (body: unknown) => TokenInput;
    readonly toPatch?: (body: unknown) => TokenPatch;
  };
  /** For generic membership operations: the resource type, and the path parameter naming it. */
  readonly resource?: { readonly type: ResourceType; readonly idParam: string };
  readonly request?: {
    readonly params?: z.ZodObject;
    readonly query?: z.ZodObject;
    readonly body?: z.ZodType;
  };
  /** @default `read` for GET routes, else `directory` (see AccessClass) */
  readonly access?: AccessClass;
  /** A larger body limit than the API's default (64 KiB), for routes whose bodies are lists. */
  readonly maxBodyBytes?: number;
  /** Success responses; error responses are the same for every route and added by the generator. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/** The key API Gateway HTTP APIs put in `event.routeKey`. */
export const routeKeyOf = (route: Pick<RouteDefinition, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;

/** The route policy a token authorizer enforces for a table of `token` routes. */
export const routePolicyOf = (routes: readonly RouteDefinition[]): RoutePolicyEntry[] =>
  routes.flatMap((route) =>
    route.auth === 'token' && route.policy !== undefined
      ? [{ method: route.method, path: route.path, ...route.policy }]
      : [],
  );

/** The access class of a route's function. */
export const accessOf = (route: Pick<RouteDefinition, 'method' | 'access'>): AccessClass =>
  route.access ?? (route.method === 'GET' ? 'read' : 'directory');
