import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { siteBodies } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { params: pathParams('siteId'), body: siteBodies.update },
  { directory: directoryService },
  async ({ params, body, actor, meta }, { directory }) =>
    ok(await directory.updateSite(actor, meta, params.siteId, body)),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
