import { identityService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tenantOf } from '../../shared/http/route-targets.js';
import { identityRoutes } from '../../shared/http/routes/identities.js';
import { identityListQuery } from '../../shared/http/schemas/identities.js';

export const operation = authenticated(
  { query: identityListQuery },
  { identities: identityService },
  async ({ route, params, query, actor }, { identities }) =>
    ok(
      await identities.list(actor, tenantOf(route, params), {
        ...pageRequestOf(query),
        ...(query.externalId === undefined ? {} : { externalId: query.externalId }),
      }),
    ),
);

export const handler = httpHandler(operation, { routes: identityRoutes });
