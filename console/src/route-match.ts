export type Params = Record<string, string>;

/** Matches `/sites/:siteId/tokens` against a path; the params, or undefined. */
export const matchRoute = (pattern: string, path: string): Params | undefined => {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Params = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(got[i]!);
    else if (part !== got[i]) return undefined;
  }
  return params;
};
