import { type ContentAction, contentAccessAllows } from '../domain/content-access.js';
import { CREDIT_BOUNDS } from '../domain/credits.js';
import { type TokenKind, type TokenKindDefinition, tokenKinds } from '../domain/kinds.js';
import { Router } from '../domain/router.js';
import { type Access, grants } from '../domain/scopes.js';
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
  /** For content APIs: the action the route performs, checked against an API token's permissions. */
  readonly action?: ContentAction;
  /** The path parameter naming the content type (by plural name). @default 'pluralName' */
  readonly contentTypeParam?: string;
  /** Credits one allowed call spends, for tokens with credits. @default 1 */
  readonly cost?: number;
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

type Params = Readonly<Record<string, string | undefined>>;
type AccessCheck = (entry: RoutePolicyEntry, token: VerifiedToken, params: Params) => string | undefined;

/** How each kind's access model judges a route; the reason is returned when it is refused. */
const accessModels: Readonly<Record<TokenKindDefinition['accessModel'], AccessCheck>> = {
  scopes: (entry, token) => {
    const { label, scopeCatalogue: catalogue } = tokenKinds[token.kind];
    const api = entry.api!;
    if (catalogue === null || !catalogue.apis.includes(api)) {
      const never = catalogue?.neverGrantable[api];
      return never === undefined ? `${label}s cannot use the ${api} API` : `the ${api} API ${never}`;
    }
    const access = accessOf(entry);
    return grants(token.scopes ?? {}, api, access) ? undefined : `the token lacks ${api}:${access}`;
  },
  'read-only': (entry, token) =>
    accessOf(entry) === 'read' ? undefined : `${tokenKinds[token.kind].label}s are read-only`,
  'content-permissions': (entry, token, params) => {
    const contentType = params[entry.contentTypeParam ?? 'pluralName'];
    if (entry.action === undefined || contentType === undefined || token.apiAccess === undefined) {
      return 'the route names no content action';
    }
    return contentAccessAllows(token.apiAccess, contentType, entry.action)
      ? undefined
      : `the token may not ${entry.action} ${contentType}`;
  },
  none: (_, token) => `${tokenKinds[token.kind].label}s cannot call protected APIs`,
};

/** Whether the token's kind is admitted to the route, and its access model allows it. */
const accessAllows = (entry: RoutePolicyEntry, token: VerifiedToken, params: Params): string | undefined => {
  const kind = tokenKinds[token.kind];
  const admitted = entry.kinds ?? (entry.api === null ? [] : kindsWithApi(entry.api));
  if (!admitted.includes(token.kind)) {
    // For scoped kinds, say why the API is out of reach (e.g. "never granted to site tokens").
    const reason =
      kind.accessModel === 'scopes' && entry.api !== null
        ? accessModels.scopes(entry, token, params)
        : undefined;
    return reason ?? `${kind.label}s cannot use this route`;
  }
  return entry.api === null && entry.action === undefined
    ? undefined
    : accessModels[kind.accessModel](entry, token, params);
};

const kindsWithApi = (api: string): TokenKind[] =>
  Object.values(tokenKinds)
    .filter((kind) => kind.scopeCatalogue?.apis.includes(api))
    .map((kind) => kind.kind);

/** Values a token may put in the content-type parameter: all (`*`), or those it holds permissions on. */
const contentTypesFor = (entry: RoutePolicyEntry, token: VerifiedToken): readonly string[] =>
  token.apiAccess === undefined || token.apiAccess.type !== 'custom'
    ? ['*']
    : Object.entries(token.apiAccess.byPath)
        .filter(([, actions]) => entry.action !== undefined && actions.includes(entry.action))
        .map(([pluralName]) => pluralName);

export class RoutePolicy {
  readonly #router: Router<RoutePolicyEntry>;

  public constructor(public readonly entries: readonly RoutePolicyEntry[]) {
    this.#router = new Router(entries);
  }

  /** Decides whether `token` may call `method path`. Routes the policy does not list are denied. */
  /** What an allowed call of `method path` spends of a token's credits. */
  public costOf(method: string, path: string): number {
    const match = this.#router.match(method.toUpperCase(), path);
    return (match.kind === 'matched' ? match.route.cost : undefined) ?? CREDIT_BOUNDS.defaultCost;
  }

  public decide(token: VerifiedToken, method: string, path: string): RouteDecision {
    const match = this.#router.match(method.toUpperCase(), path);
    if (match.kind !== 'matched') return { allowed: false, reason: 'the route is not covered by the policy' };
    const { route: entry, params } = match;
    const denied = accessAllows(entry, token, params);
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
      const contentParam = entry.contentTypeParam ?? 'pluralName';
      const contentTypes = entry.action === undefined ? [undefined] : contentTypesFor(entry, token);
      return contentTypes.flatMap((contentType) => {
        const params = contentType === undefined ? {} : { [contentParam]: contentType };
        if (accessAllows(entry, token, params) !== undefined) return [];
        let path = entry.path;
        for (const [, name] of entry.path.matchAll(/\{([^}]+)\}/g)) {
          const bound = entry.bind?.[name!];
          const value =
            bound !== undefined
              ? own[bound]
              : name === contentParam && contentType !== undefined
                ? contentType
                : '*';
          if (value === undefined) return [];
          path = path.replace(`{${name}}`, value);
        }
        return [{ method: entry.method, path }];
      });
    });
  }
}
