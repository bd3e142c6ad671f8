import { webhookService } from '../../shared/composition/webhooks.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { accepted } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { webhookRoutes } from '../../shared/http/routes/webhooks.js';

export const operation = authenticated(
  { params: pathParams('webhookId') },
  { webhooks: webhookService },
  async ({ route, params, actor }, { webhooks }) =>
    accepted(await webhooks.sendTest(actor, tenantOf(route, params), params.webhookId)),
);

export const handler = httpHandler(operation, { routes: webhookRoutes });
