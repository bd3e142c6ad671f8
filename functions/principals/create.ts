import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';

export const operation = authenticated(
  { directory: directoryService },
  async ({ body, actor }, { directory }) =>
    created(await directory.createPrincipal(actor, body as { name: string })),
);

export const handler = httpHandler(operation);
