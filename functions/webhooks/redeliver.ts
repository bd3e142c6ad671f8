import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { accepted } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';

export const operation = authenticated(
  { params: pathParams('webhookId', 'deliveryId') },
  { webhooks: webhookService },
  async ({ route, params, actor }, { webhooks }) => {
    await webhooks.redeliver(actor, tenantOf(route, params), params.webhookId, params.deliveryId);
    return accepted({ queued: true });
  },
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
