import { type ReactNode, useEffect, useState } from 'react';

export { matchRoute, type Params } from './route-match.js';

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
