import { creatorRevocation } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tokenOwnerOf } from '../../shared/http/route-targets.js';
import { tokenRoutes } from '../../shared/http/routes/tokens.js';
import { revokeByCreatorBody } from '../../shared/http/schemas/tokens.js';

export const operation = authenticated(
  { body: revokeByCreatorBody },
  { revocation: creatorRevocation },
  async ({ route, params, body, actor, meta }, { revocation }) =>
    ok({
      revoked: await revocation.revokeCreatedBy(actor, meta, tokenOwnerOf(route, params), body.createdBy),
    }),
);

export const handler = httpHandler(operation, { routes: tokenRoutes });
