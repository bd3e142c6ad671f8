import { usageService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import { usageRoutes } from '../../shared/http/routes/usage.js';
import { usageQuery } from '../../shared/http/schemas/usage.js';

export const operation = authenticated(
  { query: usageQuery },
  { usage: usageService },
  async ({ route, params, query, actor }, { usage }) =>
    ok(await usage.ofOwner(actor, resourceOf(route, params), query)),
);

export const handler = httpHandler(operation, { routes: usageRoutes });
