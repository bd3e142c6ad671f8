import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { KeyProvider } from '../../crypto/key-provider.js';
import { sealSecret } from '../../crypto/secret-box.js';
import type { Clock } from '../../domain/clock.js';
import { newResourceId, type TenantType } from '../../domain/directory.js';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js';
import { type UrlPolicy, webhookUrlProblem } from '../../domain/webhook-urls.js';
import type { WebhookDelivery, WebhookEndpoint } from '../../domain/webhooks.js';
import { WEBHOOK_BOUNDS, WEBHOOK_TEST_EVENT } from '../../domain/webhooks.js';
import type { Page, PageRequest } from '../../store/cursor.js';
import type { RateCounterRepository } from '../../store/rate-counter-repository.js';
import type { WebhookEndpointRepository } from '../../store/webhooks/endpoint-repository.js';
import type { WebhookOutboxRepository } from '../../store/webhooks/outbox-repository.js';
import type { AccessPolicy, ResolvedResource } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import { consumeQuota } from '../directory/request-quota.js';
import { WEBHOOK_SECRET_PURPOSE } from './webhook-dispatcher.js';

export interface WebhookInput {
  readonly url: string;
  readonly events: readonly string[];
  readonly description?: string | undefined;
}

export interface WebhookEndpointView {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly description: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
}

const toView = (endpoint: WebhookEndpoint): WebhookEndpointView => ({
  id: endpoint.id,
  url: endpoint.url,
  events: endpoint.events,
  description: endpoint.description ?? null,
  createdAt: endpoint.createdAt,
  createdBy: endpoint.createdBy,
  updatedAt: endpoint.updatedAt,
});

/** A new signing secret: `whsec_` and 32 random bytes in base64, as Standard Webhooks libraries expect. */
const newSigningSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export interface WebhookServiceDependencies {
  readonly endpoints: WebhookEndpointRepository;
  readonly outbox: WebhookOutboxRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** Public HTTPS only on AWS; a local run also accepts plain HTTP to loopback. */
  readonly urlPolicy: UrlPolicy;
  readonly rateCounter: Pick<RateCounterRepository, 'consume'>;
}

type Tenant = { readonly type: TenantType; readonly id: string };

/**
 * A workspace's or project's webhook endpoints, for its admins only (`resource:update`, to read too: URLs and
 * delivery payloads are the admins' business). The signing secret is shown once, on create and on rotation,
 * and kept only sealed.
 */
export class WebhookService {
  public constructor(private readonly deps: WebhookServiceDependencies) {}

  public async create(
    actor: Actor,
    meta: RequestMeta,
    tenant: Tenant,
    input: WebhookInput,
  ): Promise<WebhookEndpointView & { readonly secret: string }> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    this.#checkUrl(input.url);
    if (
      (await this.deps.endpoints.ofScope(resource.auditScope)).length >= WEBHOOK_BOUNDS.maxEndpointsPerOwner
    ) {
      throw new ConflictError(
        `A ${tenant.type} has at most ${WEBHOOK_BOUNDS.maxEndpointsPerOwner} webhook endpoints.`,
        'webhook_limit_reached',
      );
    }
    const now = this.deps.clock.now().toISOString();
    const secret = newSigningSecret();
    const endpoint: WebhookEndpoint = {
      id: newResourceId(),
      scope: resource.auditScope,
      url: input.url,
      events: [...new Set(input.events)],
      ...(input.description === undefined ? {} : { description: input.description }),
      secret: await sealSecret(this.deps.keys, WEBHOOK_SECRET_PURPOSE, secret),
      createdAt: now,
      createdBy: actor.principalId,
      updatedAt: now,
    };
    await this.deps.endpoints.put(endpoint, this.#audit(resource, 'webhook.created', endpoint, actor, meta));
    return { ...toView(endpoint), secret };
  }

  public async list(actor: Actor, tenant: Tenant): Promise<{ readonly items: WebhookEndpointView[] }> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    return { items: (await this.deps.endpoints.ofScope(resource.auditScope)).map(toView) };
  }

  public async get(actor: Actor, tenant: Tenant, id: string): Promise<WebhookEndpointView> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    return toView(await this.#find(resource, id));
  }

  public async update(
    actor: Actor,
    meta: RequestMeta,
    tenant: Tenant,
    id: string,
    patch: {
      readonly url?: string | undefined;
      readonly events?: readonly string[] | undefined;
      /** `null` removes it. */
      readonly description?: string | null | undefined;
    },
  ): Promise<WebhookEndpointView> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    const endpoint = await this.#find(resource, id);
    if (patch.url !== undefined) this.#checkUrl(patch.url);
    const changes = {
      ...(patch.url === undefined ? {} : { url: patch.url }),
      ...(patch.events === undefined ? {} : { events: [...new Set(patch.events)] }),
      ...(patch.description === undefined ? {} : { description: patch.description ?? undefined }),
      updatedAt: this.deps.clock.now().toISOString(),
    };
    const updated = { ...endpoint, ...changes } as WebhookEndpoint;
    // The event names the endpoint as it now is, and which of its fields changed.
    const changed = Object.keys(changes).filter((field) => field !== 'updatedAt');
    await this.deps.endpoints.update(
      resource.auditScope,
      id,
      changes,
      this.#audit(resource, 'webhook.updated', updated, actor, meta, changed),
    );
    return toView(updated);
  }

  public async remove(actor: Actor, meta: RequestMeta, tenant: Tenant, id: string): Promise<void> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    const endpoint = await this.#find(resource, id);
    await this.deps.endpoints.delete(
      resource.auditScope,
      id,
      this.#audit(resource, 'webhook.deleted', endpoint, actor, meta),
    );
  }

  /** A new signing secret, shown once; the old one stops signing at once. */
  public async rotateSecret(
    actor: Actor,
    meta: RequestMeta,
    tenant: Tenant,
    id: string,
  ): Promise<WebhookEndpointView & { readonly secret: string }> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    const endpoint = await this.#find(resource, id);
    const secret = newSigningSecret();
    const changes = {
      secret: await sealSecret(this.deps.keys, WEBHOOK_SECRET_PURPOSE, secret),
      updatedAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.endpoints.update(
      resource.auditScope,
      id,
      changes,
      this.#audit(resource, 'webhook.secret_rotated', endpoint, actor, meta),
    );
    return { ...toView({ ...endpoint, ...changes }), secret };
  }

  public async deliveries(
    actor: Actor,
    tenant: Tenant,
    id: string,
    page: PageRequest,
  ): Promise<Page<Omit<WebhookDelivery, 'scope' | 'scheduledFrom'>>> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    await this.#find(resource, id);
    const result = await this.deps.outbox.deliveries(id, page);
    return {
      ...result,
      items: result.items.map(({ scope: _s, scheduledFrom: _f, ...delivery }) => delivery),
    };
  }

  /** Queues a `webhook.test` delivery to the endpoint, sent and logged like any other. */
  public async sendTest(actor: Actor, tenant: Tenant, id: string): Promise<{ readonly id: string }> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    const endpoint = await this.#find(resource, id);
    // Test deliveries are sent at once, ahead of nothing else but each other: a person needs a few, and a
    // flood of them to a hanging receiver would only fill the outbox.
    await consumeQuota(
      this.deps.rateCounter,
      this.deps.clock,
      `webhook-tests#${endpoint.id}`,
      { limit: WEBHOOK_BOUNDS.testsPerMinute, windowSeconds: 60 },
      `At most ${WEBHOOK_BOUNDS.testsPerMinute} test deliveries may be sent to an endpoint per minute; retry later.`,
    );
    const now = this.deps.clock.now();
    const deliveryId = ulid(now.getTime());
    const at = now.toISOString();
    await this.deps.outbox.putDelivery({
      id: deliveryId,
      endpointId: endpoint.id,
      scope: endpoint.scope,
      scheduledFrom: at,
      type: WEBHOOK_TEST_EVENT,
      payload: JSON.stringify({
        type: WEBHOOK_TEST_EVENT,
        timestamp: at,
        data: { id: deliveryId, scope: endpoint.scope, endpointId: endpoint.id },
      }),
      createdAt: at,
    });
    return { id: deliveryId };
  }

  /** Sends a delivery again from its first attempt (a person's retry after fixing the receiver). */
  public async redeliver(actor: Actor, tenant: Tenant, id: string, deliveryId: string): Promise<void> {
    const resource = await this.deps.access.authorize(actor, tenant.type, tenant.id, 'resource:update');
    await this.#find(resource, id);
    if ((await this.deps.outbox.delivery(id, deliveryId)) === undefined) {
      throw new NotFoundError(`Delivery ${deliveryId} was not found.`);
    }
    await this.deps.outbox.redeliver(id, deliveryId, this.deps.clock.now().toISOString());
  }

  #checkUrl(url: string): void {
    const problem = webhookUrlProblem(url, this.deps.urlPolicy);
    if (problem !== undefined) throw ValidationError.forField('url', problem);
  }

  async #find(resource: ResolvedResource, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.deps.endpoints.get(resource.auditScope, id);
    if (endpoint === undefined) throw new NotFoundError(`Webhook endpoint ${id} was not found.`);
    return endpoint;
  }

  #audit(
    resource: ResolvedResource,
    action: 'webhook.created' | 'webhook.updated' | 'webhook.deleted' | 'webhook.secret_rotated',
    endpoint: WebhookEndpoint,
    actor: Actor,
    meta: RequestMeta,
    changes?: readonly string[],
  ) {
    return this.deps.audit.record(
      resource.auditScope,
      action,
      { type: 'webhook', id: endpoint.id, name: endpoint.url },
      actor,
      meta,
      changes,
    );
  }
}
