import { roleService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { noContent } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { roleRoutes } from '../../shared/http/routes/roles.js';

export const operation = authenticated(
  { params: pathParams('roleId') },
  { roles: roleService },
  async ({ route, params, actor, meta }, { roles }) => {
    await roles.remove(actor, meta, tenantOf(route, params), params.roleId);
    return noContent();
  },
);

export const handler = httpHandler(operation, { routes: roleRoutes });
