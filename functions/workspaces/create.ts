import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { workspaceBodies } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { body: workspaceBodies.create },
  { directory: directoryService },
  async ({ body, actor, meta }, { directory }) => created(await directory.createWorkspace(actor, meta, body)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
