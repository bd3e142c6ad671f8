import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { ok } from '../../shared/http/responses.js';
import { pageRequestOf, tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';
import { deliveryListQuery } from '../../shared/http/schemas/webhooks.js';

export const operation = authenticated(
  { params: pathParams('webhookId'), query: deliveryListQuery },
  { webhooks: webhookService },
  async ({ route, params, query, actor }, { webhooks }) =>
    ok(await webhooks.deliveries(actor, tenantOf(route, params), params.webhookId, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
