import { roleService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { roleRoutes } from '../../shared/http/routes/roles.js';

export const operation = authenticated(
  { params: pathParams('roleId') },
  { roles: roleService },
  async ({ route, params, actor }, { roles }) =>
    ok(await roles.get(actor, tenantOf(route, params), params.roleId)),
);

export const handler = httpHandler(operation, { routes: roleRoutes });
