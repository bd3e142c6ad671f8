import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tokenOwnerOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { tokens: tokenService },
  async ({ route, params, query, actor }, { tokens }) =>
    ok(await tokens.requestLog(actor, tokenOwnerOf(route, params), params.tokenId!, pageRequestOf(query))),
);

export const handler = httpHandler(operation);
