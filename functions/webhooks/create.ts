import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { created } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';
import { webhookBodies } from '../../shared/http/schemas/webhooks.js';

export const operation = authenticated(
  { body: webhookBodies.create },
  { webhooks: webhookService },
  async ({ route, params, body, actor, meta }, { webhooks }) =>
    created(await webhooks.create(actor, meta, tenantOf(route, params), body)),
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
