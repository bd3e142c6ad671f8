import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';

export const operation = authenticated(
  { projects: projectService },
  async ({ params, body, actor, meta }, { projects }) =>
    created(
      await projects.createContentType(
        actor,
        meta,
        params.projectId!,
        body as { name: string; pluralName: string },
      ),
    ),
);

export const handler = httpHandler(operation);
