import type { RouteDefinition } from '../route.js';
import { compromiseRoutes } from './compromise.js';
import { directoryRoutes } from './directory.js';
import { identityRoutes } from './identities.js';
import { memberRoutes } from './members.js';
import { projectRoutes } from './projects.js';
import { roleRoutes } from './roles.js';
import { serviceRoutes } from './service.js';
import { tokenRoutes } from './tokens.js';
import { usageRoutes } from './usage.js';
import { verifyRoutes } from './verify.js';
import { webhookRoutes } from './webhooks.js';

/**
 * The route table of the management API, one family per module: the local server, the CDK stack (one
 * function per handler), the OpenAPI document and the CLI read it whole, while each function imports only
 * the family it serves, so its bundle carries only those routes' schemas. Order does not matter: the
 * router prefers literal segments.
 */
export const routes: readonly RouteDefinition[] = [
  ...serviceRoutes,
  ...directoryRoutes,
  ...memberRoutes,
  ...roleRoutes,
  ...tokenRoutes,
  ...projectRoutes,
  ...compromiseRoutes,
  ...verifyRoutes,
  ...webhookRoutes,
  ...usageRoutes,
  ...identityRoutes,
];
