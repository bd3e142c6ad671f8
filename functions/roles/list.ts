import { roleService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { roleRoutes } from '../../shared/http/routes/roles.js';

export const operation = authenticated(
  {},
  { roles: roleService },
  async ({ route, params, actor }, { roles }) => ok(await roles.list(actor, tenantOf(route, params))),
);

export const handler = httpHandler(operation, { routes: roleRoutes });
