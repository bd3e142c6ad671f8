import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';

export const operation = authenticated(
  { params: pathParams('projectId') },
  { projects: projectService },
  async ({ params, actor }, { projects }) => ok(await projects.getProject(actor, params.projectId)),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
