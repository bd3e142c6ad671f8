import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { projectRoutes } from '../../shared/http/routes/projects.js';
import { projectBodies } from '../../shared/http/schemas/projects.js';

export const operation = authenticated(
  { body: projectBodies.create },
  { projects: projectService },
  async ({ body, actor, meta }, { projects }) => created(await projects.createProject(actor, meta, body)),
);

export const handler = httpHandler(operation, { routes: projectRoutes });
