/**
 * Matches request paths against the route table the way API Gateway does: whole segments, `{name}`
 * parameters never spanning a `/`, and literal segments preferred over parameters (`/principals/me`
 * wins over `/principals/{principalId}`).
 */

type Segment = { readonly literal: string } | { readonly param: string };

/** Anything routable: the management route table and protected APIs' route policies alike. */
export interface Routable {
  readonly method: string;
  /** `{name}` marks a parameter spanning one segment. */
  readonly path: string;
}

interface CompiledRoute<T extends Routable> {
  readonly route: T;
  readonly segments: readonly Segment[];
}

export type RouteMatch<T extends Routable> =
  | { readonly kind: 'matched'; readonly route: T; readonly params: Record<string, string> }
  | { readonly kind: 'method_not_allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not_found' };

const compile = <T extends Routable>(route: T): CompiledRoute<T> => ({
  route,
  segments: route.path
    .split('/')
    .slice(1)
    .map((part) =>
      part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) } : { literal: part },
    ),
});

const decode = (segment: string): string | undefined => {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** Compares two matching routes segment by segment: the first literal-versus-parameter difference decides. */
const specificity = <T extends Routable>(a: CompiledRoute<T>, b: CompiledRoute<T>): number => {
  for (let i = 0; i < a.segments.length; i += 1) {
    const aLiteral = 'literal' in a.segments[i]!;
    const bLiteral = 'literal' in b.segments[i]!;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
};

export class Router<T extends Routable> {
  /** Routes by segment count: a request is only ever compared with routes of its own length. */
  readonly #byLength = new Map<number, CompiledRoute<T>[]>();

  public constructor(routes: readonly T[]) {
    for (const compiled of routes.map(compile)) {
      const sameLength = this.#byLength.get(compiled.segments.length) ?? [];
      sameLength.push(compiled);
      this.#byLength.set(compiled.segments.length, sameLength);
    }
  }

  // Runs for every authorized request (route policies use it too), so it avoids allocating per candidate.
  public match(method: string, path: string): RouteMatch<T> {
    if (!path.startsWith('/')) return { kind: 'not_found' };
    const parts = path.split('/').slice(1).map(decode);
    if (parts.includes(undefined)) return { kind: 'not_found' };
    const matching = (this.#byLength.get(parts.length) ?? []).filter(({ segments }) =>
      segments.every((segment, i) => ('literal' in segment ? segment.literal === parts[i] : parts[i] !== '')),
    );
    if (matching.length === 0) return { kind: 'not_found' };
    const mostSpecific = matching.reduce((best, candidate) =>
      specificity(candidate, best) < 0 ? candidate : best,
    );
    const best = matching.filter((candidate) => specificity(candidate, mostSpecific) === 0);
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
