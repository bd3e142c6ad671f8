import { identityService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { identityRoutes } from '../../shared/http/routes/identities.js';

export const operation = authenticated(
  { params: pathParams('identityId') },
  { identities: identityService },
  async ({ route, params, actor }, { identities }) =>
    ok(await identities.get(actor, tenantOf(route, params), params.identityId)),
);

export const handler = httpHandler(operation, { routes: identityRoutes });
