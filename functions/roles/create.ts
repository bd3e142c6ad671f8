import { roleService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { roleRoutes } from '../../shared/http/routes/roles.js';
import { roleBodies } from '../../shared/http/schemas/roles.js';

export const operation = authenticated(
  { body: roleBodies.create },
  { roles: roleService },
  async ({ route, params, body, actor, meta }, { roles }) =>
    created(await roles.create(actor, meta, tenantOf(route, params), body)),
);

export const handler = httpHandler(operation, { routes: roleRoutes });
