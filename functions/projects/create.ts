import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';

export const operation = authenticated(
  { projects: projectService },
  async ({ body, actor, meta }, { projects }) =>
    created(await projects.createProject(actor, meta, body as { name: string })),
);

export const handler = httpHandler(operation);
