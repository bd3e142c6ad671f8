import { usageService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { usageRoutes } from '../../shared/http/routes/usage.js';
import { usageQuery } from '../../shared/http/schemas/usage.js';

export const operation = authenticated(
  { params: pathParams('tokenId'), query: usageQuery },
  { usage: usageService },
  async ({ params, query, actor }, { usage }) => ok(await usage.ofToken(actor, params.tokenId, query)),
);

export const handler = httpHandler(operation, { routes: usageRoutes });
