import { type ReactNode, useEffect, useState } from 'react';

/**
 * Hash routes (`#/sites/abc/tokens`): every screen has a URL, and static hosting (S3, the local server)
 * needs no rewrite rules.
 */
const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/';

export const useHashPath = (): string => {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return path;
};

export const navigate = (path: string): void => {
  window.location.hash = path;
};

export const Link = ({
  to,
  children,
  className,
}: {
  to: string;
  children: ReactNode;
  className?: string;
}) => (
  <a href={`#${to}`} className={className}>
    {children}
  </a>
);

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
