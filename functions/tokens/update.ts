import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';
import type { TokenPatch } from '../../shared/services/token-service.js';

export const operation = authenticated(async ({ route, params, body, actor, meta }, { tokens }) =>
  ok(await tokens.update(actor, meta, tokenOwnerOf(route, params), params.tokenId!, body as TokenPatch)),
);

export const handler = httpHandler(operation);
