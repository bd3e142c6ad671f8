import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';

export const operation = authenticated(
  { params: pathParams('siteId') },
  { directory: directoryService },
  async ({ params, actor }, { directory }) => ok(await directory.getSite(actor, params.siteId)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
