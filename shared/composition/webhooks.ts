import { WebhookDispatcher } from '../services/webhooks/webhook-dispatcher.js';
import { httpWebhookSender } from '../services/webhooks/webhook-sender.js';
import { WebhookService } from '../services/webhooks/webhook-service.js';
import { component } from './container.js';
import { accessPolicy, auditTrail } from './services.js';
import {
  clock,
  keys,
  rateCounterRepository,
  webhookEndpointRepository,
  webhookOutboxRepository,
} from './store.js';

/**
 * The webhook parts, apart from the other services: they bring a signer and an address parser that only
 * the webhook functions and the dispatcher should load.
 */

export const webhookService = /* @__PURE__ */ component(
  'webhookService',
  (c) =>
    new WebhookService({
      endpoints: c.get(webhookEndpointRepository),
      outbox: c.get(webhookOutboxRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      keys: c.get(keys),
      clock: c.get(clock),
      urlPolicy: c.options.webhookUrlPolicy ?? 'public-https',
      rateCounter: c.get(rateCounterRepository),
    }),
);

/** Drains the webhook outbox (a local timer, or the dispatch function on AWS). */
export const webhookDispatcher = /* @__PURE__ */ component(
  'webhookDispatcher',
  (c) =>
    new WebhookDispatcher({
      endpoints: c.get(webhookEndpointRepository),
      outbox: c.get(webhookOutboxRepository),
      keys: c.get(keys),
      clock: c.get(clock),
      send: c.options.webhookSender ?? httpWebhookSender(c.options.webhookUrlPolicy ?? 'public-https'),
    }),
);
