export type Params = Record<string, string>;

/** Characters no id has; decoded from `%2F`, `%3F` or `%23` they could steer a request elsewhere. */
const UNSAFE_IN_PARAM = /[/?#\\]/;

const decoded = (segment: string): string | undefined => {
  try {
    const value = decodeURIComponent(segment);
    return value === '' || UNSAFE_IN_PARAM.test(value) ? undefined : value;
  } catch {
    return undefined; // malformed escapes
  }
};

/**
 * Matches `/sites/:siteId/tokens` against a path; the params, or undefined. A parameter that decodes to
 * something with `/`, `?`, `#` or `\\` matches nothing: a crafted link cannot smuggle a path into a request.
 */
export const matchRoute = (pattern: string, path: string): Params | undefined => {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Params = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) {
      const value = decoded(got[i]!);
      if (value === undefined) return undefined;
      params[part.slice(1)] = value;
    } else if (part !== got[i]) return undefined;
  }
  return params;
};
