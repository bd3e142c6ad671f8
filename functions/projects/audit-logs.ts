import { projectService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  { projects: projectService },
  async ({ params, query, actor }, { projects }) =>
    ok(await projects.auditLog(actor, params.projectId!, pageRequestOf(query))),
);

export const handler = httpHandler(operation);
