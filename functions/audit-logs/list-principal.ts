import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf } from '../../shared/http/route-targets.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { paginationQuery } from '../../shared/http/schemas/common.js';

export const operation = authenticated(
  { params: pathParams('principalId'), query: paginationQuery },
  { directory: directoryService },
  async ({ params, query, actor }, { directory }) =>
    ok(await directory.principalAuditLog(actor, params.principalId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: directoryRoutes });
