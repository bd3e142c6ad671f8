import type { components, KeywardClient } from '../../client/index.js';

export type Webhook = components['schemas']['Webhook'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];

/** The webhook calls of one workspace or project, whatever it is: the screen needs no branch on its type. */
export interface WebhookCalls {
  /** Whose webhooks these are (`workspace#<id>`): what the screen keys its loads by. */
  readonly owner: string;
  list(): Promise<readonly Webhook[]>;
  create(body: { url: string; events: string[] }): Promise<Webhook & { secret: string }>;
  remove(webhookId: string): Promise<void>;
  sendTest(webhookId: string): Promise<void>;
  deliveries(webhookId: string): Promise<readonly WebhookDelivery[]>;
  redeliver(webhookId: string, deliveryId: string): Promise<void>;
}

export const workspaceWebhookCalls = (client: KeywardClient, workspaceId: string): WebhookCalls => {
  const owner = { params: { path: { workspaceId } } };
  const item = (webhookId: string) => ({ params: { path: { workspaceId, webhookId } } });
  return {
    owner: `workspace#${workspaceId}`,
    list: async () => (await client.GET('/v1/workspaces/{workspaceId}/webhooks', owner)).data!.items,
    create: async (body) =>
      (await client.POST('/v1/workspaces/{workspaceId}/webhooks', { ...owner, body: body as never })).data!,
    remove: async (webhookId) =>
      void (await client.DELETE('/v1/workspaces/{workspaceId}/webhooks/{webhookId}', item(webhookId))),
    sendTest: async (webhookId) =>
      void (await client.POST('/v1/workspaces/{workspaceId}/webhooks/{webhookId}/test', item(webhookId))),
    deliveries: async (webhookId) =>
      (
        await client.GET('/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries', {
          params: { path: { workspaceId, webhookId }, query: { limit: 20 } },
        })
      ).data!.items,
    redeliver: async (webhookId, deliveryId) =>
      void (await client.POST(
        '/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver',
        { params: { path: { workspaceId, webhookId, deliveryId } } },
      )),
  };
};

export const projectWebhookCalls = (client: KeywardClient, projectId: string): WebhookCalls => {
  const owner = { params: { path: { projectId } } };
  const item = (webhookId: string) => ({ params: { path: { projectId, webhookId } } });
  return {
    owner: `project#${projectId}`,
    list: async () => (await client.GET('/v1/projects/{projectId}/webhooks', owner)).data!.items,
    create: async (body) =>
      (await client.POST('/v1/projects/{projectId}/webhooks', { ...owner, body: body as never })).data!,
    remove: async (webhookId) =>
      void (await client.DELETE('/v1/projects/{projectId}/webhooks/{webhookId}', item(webhookId))),
    sendTest: async (webhookId) =>
      void (await client.POST('/v1/projects/{projectId}/webhooks/{webhookId}/test', item(webhookId))),
    deliveries: async (webhookId) =>
      (
        await client.GET('/v1/projects/{projectId}/webhooks/{webhookId}/deliveries', {
          params: { path: { projectId, webhookId }, query: { limit: 20 } },
        })
      ).data!.items,
    redeliver: async (webhookId, deliveryId) =>
      void (await client.POST(
        '/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver',
        {
          params: { path: { projectId, webhookId, deliveryId } },
        },
      )),
  };
};
