import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';
import { webhookBodies } from '../../shared/http/schemas/webhooks.js';

export const operation = authenticated(
  { params: pathParams('webhookId'), body: webhookBodies.update },
  { webhooks: webhookService },
  async ({ route, params, body, actor, meta }, { webhooks }) =>
    ok(await webhooks.update(actor, meta, tenantOf(route, params), params.webhookId, body)),
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
