import { identityService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { identityRoutes } from '../../shared/http/routes/identities.js';
import { identityBodies } from '../../shared/http/schemas/identities.js';

export const operation = authenticated(
  { body: identityBodies.create },
  { identities: identityService },
  async ({ route, params, body, actor, meta }, { identities }) =>
    created(await identities.create(actor, meta, tenantOf(route, params), body)),
);

export const handler = httpHandler(operation, { routes: identityRoutes });
