import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { noContent } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { tokens: tokenService },
  async ({ route, params, actor, meta }, { tokens }) => {
    await tokens.remove(actor, meta, tokenOwnerOf(route, params), params.tokenId!);
    return noContent();
  },
);

export const handler = httpHandler(operation);
