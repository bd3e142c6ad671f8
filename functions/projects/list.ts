import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';

export const operation = authenticated(async ({ actor }, { projects }) =>
  ok({ items: await projects.listProjects(actor) }),
);

export const handler = httpHandler(operation);
