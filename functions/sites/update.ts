import { directoryService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import type { SitePatch } from '../../shared/services/directory-service.js';

export const operation = authenticated(
  { directory: directoryService },
  async ({ params, body, actor, meta }, { directory }) =>
    ok(await directory.updateSite(actor, meta, params.siteId!, body as SitePatch)),
);

export const handler = httpHandler(operation);
