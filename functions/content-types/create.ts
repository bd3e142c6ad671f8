import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { created } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';
import { projectBodies } from '../../shared/http/schemas/projects.js';

export const operation = authenticated(
  { params: pathParams('projectId'), body: projectBodies.contentType },
  { projects: projectService },
  async ({ params, body, actor, meta }, { projects }) =>
    created(await projects.createContentType(actor, meta, params.projectId, body)),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
