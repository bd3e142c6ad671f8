import { membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { principalSearchQuery } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { query: principalSearchQuery },
  { members: membershipService },
  async ({ query, actor }, { members }) => ok({ items: await members.searchPrincipals(actor, query.query) }),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
