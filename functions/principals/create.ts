import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { principalBodies } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { body: principalBodies.create },
  { directory: directoryService },
  async ({ body, actor, meta }, { directory }) => created(await directory.createPrincipal(actor, body, meta)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
