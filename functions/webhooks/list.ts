import { webhookService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';

export const operation = authenticated(
  {},
  { webhooks: webhookService },
  async ({ route, params, actor }, { webhooks }) => ok(await webhooks.list(actor, tenantOf(route, params))),
);

export const handler = httpHandler(operation);
