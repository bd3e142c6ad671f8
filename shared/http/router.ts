import type { RouteDefinition } from './route.js';

/**
 * Matches request paths against the route table the way API Gateway does: whole segments, `{name}`
 * parameters never spanning a `/`, and literal segments preferred over parameters (`/principals/me`
 * wins over `/principals/{principalId}`).
 */

type Segment = { readonly literal: string } | { readonly param: string };

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly segments: readonly Segment[];
}

export type RouteMatch =
  | { readonly kind: 'matched'; readonly route: RouteDefinition; readonly params: Record<string, string> }
  | { readonly kind: 'method_not_allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not_found' };

const compile = (route: RouteDefinition): CompiledRoute => ({
  route,
  segments: route.path
    .split('/')
    .slice(1)
    .map((part) =>
      part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) } : { literal: part },
    ),
});

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** Compares two matching routes segment by segment: the first literal-versus-parameter difference decides. */
const specificity = (a: CompiledRoute, b: CompiledRoute): number => {
  for (let i = 0; i < a.segments.length; i += 1) {
    const aLiteral = 'literal' in a.segments[i]!;
    const bLiteral = 'literal' in b.segments[i]!;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
};

export class Router {
  readonly #compiled: readonly CompiledRoute[];

  public constructor(routes: readonly RouteDefinition[]) {
    this.#compiled = routes.map(compile);
  }

  public match(method: string, path: string): RouteMatch {
    const parts = path.split('/').slice(1).map(decode);
    if (!path.startsWith('/') || parts.some((part) => part === undefined)) return { kind: 'not_found' };
    const candidates = this.#compiled
      .filter(({ segments }) => segments.length === parts.length)
      .filter(({ segments }) =>
        segments.every((segment, i) =>
          'literal' in segment ? segment.literal === parts[i] : parts[i] !== '',
        ),
      )
      .sort(specificity);
    if (candidates.length === 0) return { kind: 'not_found' };
    const best = candidates.filter((candidate) => specificity(candidate, candidates[0]!) === 0);
    const chosen = best.find(({ route }) => route.method === method);
    if (chosen === undefined) {
      return { kind: 'method_not_allowed', allow: [...new Set(best.map(({ route }) => route.method))] };
    }
    const params = Object.fromEntries(
      chosen.segments.flatMap((segment, i) => ('param' in segment ? [[segment.param, parts[i]!]] : [])),
    );
    return { kind: 'matched', route: chosen.route, params };
  }
}
