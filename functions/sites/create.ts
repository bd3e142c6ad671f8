import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import type { SiteInput } from '../../shared/services/directory-service.js';

export const operation = authenticated(
  { directory: directoryService },
  async ({ params, body, actor, meta }, { directory }) =>
    created(await directory.createSite(actor, meta, params.workspaceId!, body as SiteInput)),
);

export const handler = httpHandler(operation);
