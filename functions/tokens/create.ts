import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { tokenInputOf, tokenOwnerOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';

export const operation = authenticated(
  {},
  { tokens: tokenService },
  async ({ route, params, body, actor, meta }, { tokens }) =>
    created(await tokens.create(actor, meta, tokenOwnerOf(route, params), tokenInputOf(route, body))),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
