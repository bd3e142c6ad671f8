import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { created } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { siteBodies } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { params: pathParams('workspaceId'), body: siteBodies.create },
  { directory: directoryService },
  async ({ params, body, actor, meta }, { directory }) =>
    created(await directory.createSite(actor, meta, params.workspaceId, body)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
