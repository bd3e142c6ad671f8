import { tokenService } from '../../shared/composition/services.js';
import { tokenFilterOf } from '../../shared/domain/token-inventory.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tokenOwnerOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';
import { tokenListQuery } from '../../shared/http/schemas/common.js';

export const operation = authenticated(
  { query: tokenListQuery },
  { tokens: tokenService },
  async ({ route, params, query, actor }, { tokens }) =>
    ok(
      await tokens.list(actor, tokenOwnerOf(route, params), {
        ...pageRequestOf(query),
        ...tokenFilterOf(query),
      }),
    ),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
