import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';

export const operation = authenticated(
  { projects: projectService },
  async ({ params, actor }, { projects }) => ok(await projects.getProject(actor, params.projectId!)),
);

export const handler = httpHandler(operation);
