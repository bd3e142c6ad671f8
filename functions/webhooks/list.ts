import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';

export const operation = authenticated(
  {},
  { webhooks: webhookService },
  async ({ route, params, actor }, { webhooks }) => ok(await webhooks.list(actor, tenantOf(route, params))),
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
