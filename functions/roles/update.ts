import { roleService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { roleRoutes } from '../../shared/http/routes/roles.js';
import { roleBodies } from '../../shared/http/schemas/roles.js';

export const operation = authenticated(
  { params: pathParams('roleId'), body: roleBodies.update },
  { roles: roleService },
  async ({ route, params, body, actor, meta }, { roles }) =>
    ok(await roles.update(actor, meta, tenantOf(route, params), params.roleId, body)),
);

export const handler = httpHandler(operation, { routes: roleRoutes });
