import { type RouteDefinition, routeKeyOf } from './route.js';
import { routes } from './routes.js';
import { sampleRoutes } from './sample-routes.js';

/** Every route a Keyward function can be deployed for, by API Gateway route key. */
const byKey = new Map([...routes, ...sampleRoutes].map((route) => [routeKeyOf(route), route]));

export const routeByKey = (key: string): RouteDefinition | undefined => byKey.get(key);
