import { membershipService } from '../../shared/composition/services.js';
import type { Role } from '../../shared/domain/roles.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { members: membershipService },
  async ({ route, params, body, actor, meta }, { members }) => {
    const { type, id } = resourceOf(route, params);
    const { role } = body as { role: Role };
    return ok(await members.putMember(actor, meta, type, id, params.principalId!, role));
  },
);

export const handler = httpHandler(operation);
