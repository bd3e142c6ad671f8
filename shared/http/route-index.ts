import { type RouteDefinition, routeKeyOf } from './route.js';

/** Finds a route by the key API Gateway puts in `event.routeKey` (`GET /v1/sites/{siteId}`). */
export const routeIndexOf = (
  routes: readonly RouteDefinition[],
): ((key: string) => RouteDefinition | undefined) => {
  const byKey = new Map(routes.map((route) => [routeKeyOf(route), route]));
  return (key) => byKey.get(key);
};
