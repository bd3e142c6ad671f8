import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';

export const operation = authenticated(
  {},
  { directory: directoryService },
  async ({ actor }, { directory }) => ok({ items: await directory.listWorkspaces(actor) }),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
