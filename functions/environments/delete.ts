import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { noContent } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';

export const operation = authenticated(
  { params: pathParams('projectId', 'environmentId') },
  { projects: projectService },
  async ({ params, actor, meta }, { projects }) => {
    await projects.deleteEnvironment(actor, meta, params.projectId, params.environmentId);
    return noContent();
  },
);

export const handler = httpHandler(operation, { routes: projectRoutes });
