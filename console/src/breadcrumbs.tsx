import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { createContext, useContext, useEffect } from 'react';

type Items = readonly BreadcrumbGroupProps.Item[];

/**
 * Where the page's breadcrumbs go: the app layout draws them in its toolbar, above every screen, and each
 * screen says what they are with its header.
 */
export const BreadcrumbsContext = createContext<(items: Items) => void>(() => {});

/** Shows `items` as the layout's breadcrumbs while the screen that calls it is shown. */
export const useBreadcrumbs = (items: Items): void => {
  const show = useContext(BreadcrumbsContext);
  const key = JSON.stringify(items);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` says when the items changed; the array is new every render
  useEffect(() => {
    show(items);
    return () => show([]);
  }, [key, show]);
};
