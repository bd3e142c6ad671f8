import { type TokenKind, tokenKinds } from '../domain/kinds.js';
import { type Access, grants } from '../domain/scopes.js';
import { Router } from '../http/router.js';
import type { VerifiedToken } from './outcome.js';

/**
 * A protected API declares what each of its routes needs, as data:
 *
 *   { method: 'POST', path: '/v2/sites/{siteId}/publish', api: 'sites', bind: { siteId: 'site' } }
 *
 * reads "publishing needs write access to the sites API, on the token's own site". The kind table adds
 * what no policy can override: APIs a kind may never reach are denied even if a policy forgets them.
 */

export type BindableResource = 'site' | 'workspace';

export interface RoutePolicyEntry {
  readonly method: string;
  readonly path: string;
  /** API family the route belongs to; `null` admits any valid token of `kinds` (e.g. introspection). */
  readonly api: string | null;
  /** Defaults to `read` for GET and HEAD, `write` for everything else. */
  readonly access?: Access;
  /** Path parameters that must name the token's own resources. */
  readonly bind?: Readonly<Record<string, BindableResource>>;
  /** Kinds admitted at all; defaults to every kind whose scope catalogue lists `api`. */
  readonly kinds?: readonly TokenKind[];
}

export type RouteDecision =
  | {
      readonly allowed: true;
      readonly entry: RoutePolicyEntry;
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly allowed: false; readonly reason: string };

const READ_METHODS = new Set(['GET', 'HEAD']);

export const accessOf = (entry: Pick<RoutePolicyEntry, 'method' | 'access'>): Access =>
  entry.access ?? (READ_METHODS.has(entry.method) ? 'read' : 'write');

/** The ids of the resources a token belongs to, by the names policies bind parameters to. */
const ownResources = (token: VerifiedToken): Readonly<Partial<Record<BindableResource, string>>> => ({
  ...(token.workspaceId === undefined ? {} : { workspace: token.workspaceId }),
  ...(token.ownerType === 'site' ? { site: token.ownerId } : {}),
  ...(token.ownerType === 'workspace' ? { workspace: token.ownerId } : {}),
});

/** Whether the kind may hold `access` on `api` at all, and whether this token's scopes grant it. */
const scopeAllows = (entry: RoutePolicyEntry, token: VerifiedToken): string | undefined => {
  const kind = tokenKinds[token.kind];
  if (entry.kinds !== undefined && !entry.kinds.includes(token.kind))
    return `${kind.label}s cannot use this route`;
  if (entry.api === null) return undefined;
  const catalogue = kind.scopeCatalogue;
  if (catalogue === null || !catalogue.apis.includes(entry.api)) {
    return catalogue?.neverGrantable[entry.api] === undefined
      ? `${kind.label}s cannot use the ${entry.api} API`
      : `the ${entry.api} API ${catalogue.neverGrantable[entry.api]}`;
  }
  const access = accessOf(entry);
  return grants(token.scopes ?? {}, entry.api, access) ? undefined : `the token lacks ${entry.api}:${access}`;
};

export class RoutePolicy {
  readonly #router: Router<RoutePolicyEntry>;

  public constructor(public readonly entries: readonly RoutePolicyEntry[]) {
    this.#router = new Router(entries);
  }

  /** Decides whether `token` may call `method path`. Routes the policy does not list are denied. */
  public decide(token: VerifiedToken, method: string, path: string): RouteDecision {
    const match = this.#router.match(method.toUpperCase(), path);
    if (match.kind !== 'matched') return { allowed: false, reason: 'the route is not covered by the policy' };
    const { route: entry, params } = match;
    const denied = scopeAllows(entry, token);
    if (denied !== undefined) return { allowed: false, reason: denied };
    const own = ownResources(token);
    for (const [param, resource] of Object.entries(entry.bind ?? {})) {
      if (params[param] !== own[resource])
        return { allowed: false, reason: `the ${resource} is not the token's own` };
    }
    return { allowed: true, entry, params };
  }

  /**
   * Every route the token may call, its bound parameters filled in and the others as `*`: the resources
   * of an IAM policy that stays correct when API Gateway caches it for other requests of the same token.
   */
  public allowedRoutes(token: VerifiedToken): Array<{ readonly method: string; readonly path: string }> {
    const own = ownResources(token);
    return this.entries.flatMap((entry) => {
      if (scopeAllows(entry, token) !== undefined) return [];
      let path = entry.path;
      for (const [, name] of entry.path.matchAll(/\{([^}]+)\}/g)) {
        const bound = entry.bind?.[name!];
        const value = bound === undefined ? '*' : own[bound];
        if (value === undefined) return [];
        path = path.replace(`{${name}}`, value);
      }
      return [{ method: entry.method, path }];
    });
  }
}
