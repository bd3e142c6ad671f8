import { membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import { memberRoutes } from '../../shared/http/routes/members.js';

export const operation = authenticated(
  {},
  { members: membershipService },
  async ({ route, params, actor }, { members }) => {
    const { type, id } = resourceOf(route, params);
    return ok({ items: await members.listMembers(actor, type, id) });
  },
);

export const handler = httpHandler(operation, { routes: memberRoutes });
