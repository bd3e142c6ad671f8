import * as z from 'zod';
import { WEBHOOK_BOUNDS, WEBHOOK_EVENTS } from '../../domain/webhooks.js';
import { description, isoTime, paginationQuery, resourceId } from './common.js';

/** Schemas of webhook endpoints and their deliveries. */

const url = z.string().max(WEBHOOK_BOUNDS.urlMaxLength).meta({
  description: 'Where deliveries are POSTed: public HTTPS.',
  example: 'https://hooks.example.com/keyward',
});
const events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .meta({ description: 'The events this endpoint receives.' });

export const webhookBodies = {
  create: z.strictObject({ url, events, description: description.optional() }).meta({ id: 'CreateWebhook' }),
  update: z
    .strictObject({
      url: url.optional(),
      events: events.optional(),
      description: description.nullable().optional(),
    })
    .meta({ id: 'UpdateWebhook' }),
};

export const webhookView = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    createdAt: isoTime,
    createdBy: z.string(),
    updatedAt: isoTime,
  })
  .meta({ id: 'Webhook' });

export const webhookWithSecret = webhookView
  .extend({
    secret: z.string().meta({ description: 'The signing secret (`whsec_…`). Shown once: store it now.' }),
  })
  .meta({ id: 'WebhookWithSecret' });

export const deliveryView = z
  .object({
    id: z.string().meta({ description: 'The event id, sent as `webhook-id` (receivers dedupe on it).' }),
    endpointId: z.string(),
    type: z.string(),
    payload: z.string().meta({ description: 'The body as signed and sent.' }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.array(
      z.object({
        at: isoTime,
        status: z.number().int().optional().meta({ description: 'The receiver’s HTTP status.' }),
        error: z.string().optional().meta({ description: 'Why there was no answer (timeout, refused).' }),
        durationMs: z.number().int(),
      }),
    ),
    createdAt: isoTime,
    nextAttemptAt: isoTime.optional(),
  })
  .meta({ id: 'WebhookDelivery' });

export const deliveryListQuery = paginationQuery;

export const webhookPathParams = {
  workspace: z.object({ workspaceId: resourceId('workspace'), webhookId: resourceId('webhook') }),
  project: z.object({ projectId: resourceId('project'), webhookId: resourceId('webhook') }),
  workspaceDelivery: z.object({
    workspaceId: resourceId('workspace'),
    webhookId: resourceId('webhook'),
    deliveryId: z.string().regex(/^[0-9A-Z]{26}$/, 'must be a delivery id'),
  }),
  projectDelivery: z.object({
    projectId: resourceId('project'),
    webhookId: resourceId('webhook'),
    deliveryId: z.string().regex(/^[0-9A-Z]{26}$/, 'must be a delivery id'),
  }),
};
