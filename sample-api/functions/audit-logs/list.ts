import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { ok } from '../../../shared/http/responses.js';
import { pageRequestOf } from '../../../shared/http/route-targets.js';
import { paginationQuery } from '../../../shared/http/schemas/common.js';
import { sampleDataService } from '../../components.js';
import { protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('workspaceId'), query: paginationQuery },
  { sampleData: sampleDataService },
  async ({ params, query }, { sampleData }) =>
    ok(await sampleData.auditLogs(params.workspaceId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
