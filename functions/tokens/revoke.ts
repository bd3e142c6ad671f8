import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';

export const operation = authenticated(
  { params: pathParams('tokenId') },
  { tokens: tokenService },
  async ({ route, params, actor, meta }, { tokens }) =>
    ok(await tokens.revoke(actor, meta, tokenOwnerOf(route, params), params.tokenId)),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
