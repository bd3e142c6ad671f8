import { membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';

export const operation = authenticated(
  { members: membershipService },
  async ({ query, actor }, { members }) =>
    ok({ items: await members.searchPrincipals(actor, (query as { query?: string }).query) }),
);

export const handler = httpHandler(operation);
