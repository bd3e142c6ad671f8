import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf } from '../../shared/http/route-targets.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';
import { paginationQuery } from '../../shared/http/schemas/common.js';

export const operation = authenticated(
  { params: pathParams('projectId'), query: paginationQuery },
  { projects: projectService },
  async ({ params, query, actor }, { projects }) =>
    ok(await projects.auditLog(actor, params.projectId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
