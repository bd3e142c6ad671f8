import { identityService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { identityRoutes } from '../../shared/http/routes/identities.js';
import { identityBodies } from '../../shared/http/schemas/identities.js';

export const operation = authenticated(
  { params: pathParams('identityId'), body: identityBodies.update },
  { identities: identityService },
  async ({ route, params, body, actor, meta }, { identities }) =>
    ok(await identities.update(actor, meta, tenantOf(route, params), params.identityId, body)),
);

export const handler = httpHandler(operation, { routes: identityRoutes });
