import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';

export const operation = authenticated({}, { projects: projectService }, async ({ actor }, { projects }) =>
  ok({ items: await projects.listProjects(actor) }),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
