import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tokenOwnerOf, tokenPatchOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';

export const operation = authenticated(
  { params: pathParams('tokenId') },
  { tokens: tokenService },
  async ({ route, params, body, actor, meta }, { tokens }) =>
    ok(
      await tokens.update(
        actor,
        meta,
        tokenOwnerOf(route, params),
        params.tokenId,
        tokenPatchOf(route, body),
      ),
    ),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
