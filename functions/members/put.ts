import { membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import { memberRoutes } from '../../shared/http/routes/members.js';
import { memberBody } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { params: pathParams('principalId'), body: memberBody },
  { members: membershipService },
  async ({ route, params, body, actor, meta }, { members }) => {
    const { type, id } = resourceOf(route, params);
    const { role } = body;
    return ok(await members.putMember(actor, meta, type, id, params.principalId, role));
  },
);

export const handler = httpHandler(operation, { routes: memberRoutes });
