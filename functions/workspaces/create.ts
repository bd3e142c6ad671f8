import { directoryService } from '../../shared/composition/services.js';
import type { Plan } from '../../shared/domain/directory.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';

export const operation = authenticated(
  { directory: directoryService },
  async ({ body, actor, meta }, { directory }) =>
    created(await directory.createWorkspace(actor, meta, body as { name: string; plan: Plan })),
);

export const handler = httpHandler(operation);
