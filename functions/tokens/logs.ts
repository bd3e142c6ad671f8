import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tokenOwnerOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';
import { paginationQuery } from '../../shared/http/schemas/common.js';

export const operation = authenticated(
  { params: pathParams('tokenId'), query: paginationQuery },
  { tokens: tokenService },
  async ({ route, params, query, actor }, { tokens }) =>
    ok(await tokens.requestLog(actor, tokenOwnerOf(route, params), params.tokenId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
