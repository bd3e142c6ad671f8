import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { principalBodies } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { body: principalBodies.updateSelf },
  { directory: directoryService },
  async ({ actor, body, meta }, { directory }) => ok(await directory.updateSelf(actor, body, meta)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
