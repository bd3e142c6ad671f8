import { tokenService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { tokens: tokenService },
  async ({ route, params, body, actor, meta }, { tokens }) =>
    ok(
      await tokens.regenerate(
        actor,
        meta,
        tokenOwnerOf(route, params),
        params.tokenId!,
        body as { gracePeriodSeconds: number },
      ),
    ),
);

export const handler = httpHandler(operation);
