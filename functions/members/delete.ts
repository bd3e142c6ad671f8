import { membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { noContent } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import { memberRoutes } from '../../shared/http/routes/members.js';

export const operation = authenticated(
  { params: pathParams('principalId') },
  { members: membershipService },
  async ({ route, params, actor, meta }, { members }) => {
    const { type, id } = resourceOf(route, params);
    await members.removeMember(actor, meta, type, id, params.principalId);
    return noContent();
  },
);

export const handler = httpHandler(operation, { routes: memberRoutes });
