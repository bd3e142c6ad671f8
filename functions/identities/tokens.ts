import { identityService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tenantOf } from '../../shared/http/route-targets.js';
import { identityRoutes } from '../../shared/http/routes/identities.js';
import { paginationQuery } from '../../shared/http/schemas/common.js';

export const operation = authenticated(
  { params: pathParams('identityId'), query: paginationQuery },
  { identities: identityService },
  async ({ route, params, query, actor }, { identities }) =>
    ok(await identities.tokens(actor, tenantOf(route, params), params.identityId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: identityRoutes });
