import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';
import type { TokenInput } from '../../shared/services/token-service.js';

export const operation = authenticated(async ({ route, params, body, actor, meta }, { tokens }) =>
  created(await tokens.create(actor, meta, tokenOwnerOf(route, params), body as TokenInput)),
);

export const handler = httpHandler(operation);
