import { tokenService } from '../../shared/composition/services.js';
import type { TokenStatus } from '../../shared/domain/token.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tokenOwnerOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { tokens: tokenService },
  async ({ route, params, query, actor }, { tokens }) =>
    ok(await tokens.list(actor, tokenOwnerOf(route, params), pageRequestOf<{ status?: TokenStatus }>(query))),
);

export const handler = httpHandler(operation);
