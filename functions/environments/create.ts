import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { created } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';
import { projectBodies } from '../../shared/http/schemas/projects.js';

export const operation = authenticated(
  { params: pathParams('projectId'), body: projectBodies.environment },
  { projects: projectService },
  async ({ params, body, actor, meta }, { projects }) =>
    created(await projects.createEnvironment(actor, meta, params.projectId, body.name)),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
