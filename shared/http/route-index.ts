import { type RouteDefinition, routeKeyOf } from './route.js';
import { routes } from './routes.js';
import { protectedRoutes } from './sample-routes.js';

/** Every route a Keyward function can be deployed for, by API Gateway route key. */
const byKey = new Map([...routes, ...protectedRoutes].map((route) => [routeKeyOf(route), route]));

export const routeByKey = (key: string): RouteDefinition | undefined => byKey.get(key);
