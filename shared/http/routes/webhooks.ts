import * as z from 'zod';
import type { TenantType } from '../../domain/directory.js';
import { WEBHOOK_BOUNDS } from '../../domain/webhooks.js';
import type { RouteDefinition } from '../route.js';
import { pageOf } from '../schemas/common.js';
import { directoryPathParams } from '../schemas/directory.js';
import { projectPathParams } from '../schemas/projects.js';
import {
  deliveryListQuery,
  deliveryView,
  webhookBodies,
  webhookPathParams,
  webhookView,
  webhookWithSecret,
} from '../schemas/webhooks.js';

/** The webhook routes of a workspace or project: endpoints, their secrets and their delivery logs. */
const webhookRoutesOf = (
  type: TenantType,
  basePath: string,
  idParam: string,
  params: { readonly owner: z.ZodObject; readonly webhook: z.ZodObject; readonly delivery: z.ZodObject },
): RouteDefinition[] => {
  const stem = type.charAt(0).toUpperCase() + type.slice(1);
  const collection = `${basePath}/webhooks`;
  const item = `${collection}/{webhookId}`;
  const common = { tag: 'Webhooks', auth: 'admin', resource: { type, idParam } } as const;
  return [
    {
      ...common,
      method: 'GET',
      path: collection,
      operationId: `list${stem}Webhooks`,
      summary: `List a ${type}'s webhook endpoints`,
      handler: 'functions/webhooks/list',
      request: { params: params.owner },
      responses: { 200: { description: 'Endpoints', schema: z.object({ items: z.array(webhookView) }) } },
    },
    {
      ...common,
      method: 'POST',
      path: collection,
      operationId: `create${stem}Webhook`,
      summary: `Add a webhook endpoint to a ${type}; its signing secret is shown once`,
      handler: 'functions/webhooks/create',
      request: { params: params.owner, body: webhookBodies.create },
      responses: { 201: { description: 'The endpoint, with its secret', schema: webhookWithSecret } },
    },
    {
      ...common,
      method: 'GET',
      path: item,
      operationId: `get${stem}Webhook`,
      summary: 'Get a webhook endpoint',
      handler: 'functions/webhooks/get',
      request: { params: params.webhook },
      responses: { 200: { description: 'The endpoint', schema: webhookView } },
    },
    {
      ...common,
      method: 'PATCH',
      path: item,
      operationId: `update${stem}Webhook`,
      summary: 'Change a webhook endpoint’s URL, events or description',
      handler: 'functions/webhooks/update',
      request: { params: params.webhook, body: webhookBodies.update },
      responses: { 200: { description: 'The endpoint', schema: webhookView } },
    },
    {
      ...common,
      method: 'DELETE',
      path: item,
      operationId: `delete${stem}Webhook`,
      summary: 'Remove a webhook endpoint; its pending deliveries fail',
      handler: 'functions/webhooks/delete',
      request: { params: params.webhook },
      responses: { 204: { description: 'Removed' } },
    },
    {
      ...common,
      method: 'POST',
      path: `${item}/rotate-secret`,
      operationId: `rotate${stem}WebhookSecret`,
      summary: 'Replace a webhook endpoint’s signing secret; the new one is shown once',
      handler: 'functions/webhooks/rotate-secret',
      request: { params: params.webhook },
      responses: { 200: { description: 'The endpoint, with its new secret', schema: webhookWithSecret } },
    },
    {
      ...common,
      method: 'POST',
      path: `${item}/test`,
      operationId: `test${stem}Webhook`,
      summary: `Send the endpoint a \`webhook.test\` delivery, signed and logged like any other; at most ${WEBHOOK_BOUNDS.testsPerMinute} a minute per endpoint`,
      handler: 'functions/webhooks/test',
      request: { params: params.webhook },
      responses: { 202: { description: 'Queued', schema: z.object({ id: z.string() }) } },
    },
    {
      ...common,
      method: 'GET',
      path: `${item}/deliveries`,
      operationId: `list${stem}WebhookDeliveries`,
      summary: 'A webhook endpoint’s deliveries, newest first: status, attempts, answers and timing',
      handler: 'functions/webhooks/deliveries',
      request: { params: params.webhook, query: deliveryListQuery },
      responses: { 200: { description: 'A page of deliveries', schema: pageOf(deliveryView) } },
    },
    {
      ...common,
      method: 'POST',
      path: `${item}/deliveries/{deliveryId}/redeliver`,
      operationId: `redeliver${stem}WebhookDelivery`,
      summary: 'Send a delivery again, from its first attempt',
      handler: 'functions/webhooks/redeliver',
      request: { params: params.delivery },
      responses: { 202: { description: 'Queued' } },
    },
  ];
};

export const webhookRoutes: readonly RouteDefinition[] = [
  ...webhookRoutesOf('workspace', '/v1/workspaces/{workspaceId}', 'workspaceId', {
    owner: directoryPathParams.workspace,
    webhook: webhookPathParams.workspace,
    delivery: webhookPathParams.workspaceDelivery,
  }),
  ...webhookRoutesOf('project', '/v1/projects/{projectId}', 'projectId', {
    owner: projectPathParams.project,
    webhook: webhookPathParams.project,
    delivery: webhookPathParams.projectDelivery,
  }),
];
