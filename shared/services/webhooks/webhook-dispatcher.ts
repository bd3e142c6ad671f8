import { Webhook } from 'standardwebhooks';
import type { KeyProvider } from '../../crypto/key-provider.js';
import { openSecret } from '../../crypto/secret-box.js';
import type { Clock } from '../../domain/clock.js';
import { forEachAtMost } from '../../domain/concurrency.js';
import type { WebhookDelivery, WebhookEndpoint } from '../../domain/webhooks.js';
import { attemptVerdict, fairShareOf, nextAttemptAt, WEBHOOK_DISPATCH } from '../../domain/webhooks.js';
import type { WebhookEndpointRepository } from '../../store/webhooks/endpoint-repository.js';
import type { WebhookOutboxRepository } from '../../store/webhooks/outbox-repository.js';
import type { WebhookSender } from './webhook-sender.js';

/** What a webhook signing secret is sealed for (crypto/secret-box.ts). */
export const WEBHOOK_SECRET_PURPOSE = 'webhook-signing-secret';

/** Outbox events fanned out per run; a backlog takes more runs, never a longer one. */
const EVENT_BATCH = 100;
/** Every endpoint of a run is sent to at once, each its whole share: a run lasts about one attempt's deadline. */
const ENDPOINTS_AT_ONCE = Math.ceil(WEBHOOK_DISPATCH.batch / WEBHOOK_DISPATCH.perEndpoint);

export interface WebhookDispatcherDependencies {
  readonly endpoints: Pick<WebhookEndpointRepository, 'ofScope' | 'get'>;
  readonly outbox: WebhookOutboxRepository;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly send: WebhookSender;
}

/** An audit event as the outbox holds it. */
interface OutboxEvent {
  readonly pk: string;
  readonly sk: string;
  readonly id: string;
  readonly at: string;
  readonly action: string;
  readonly target: Readonly<Record<string, unknown>>;
  readonly actor?: { readonly principalId?: string };
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * The body every receiver gets: Standard Webhooks' `{type, timestamp, data}`, with what the audit log knows —
 * ids, names, kinds, owners and dates. Audit events never hold a token value, so no payload can.
 */
const payloadOf = (event: OutboxEvent): string =>
  JSON.stringify({
    type: event.action,
    timestamp: event.at,
    data: {
      id: event.id,
      scope: event.pk,
      target: event.target,
      ...(event.actor?.principalId === undefined ? {} : { principalId: event.actor.principalId }),
      ...(event.details === undefined ? {} : { details: event.details }),
    },
  });

/**
 * Drains the webhook outbox: turns waiting audit events into one delivery per subscribed endpoint, then sends
 * the deliveries that are due, signed, and records each attempt. At least once: a crash after a send and before
 * its record sends it again (receivers dedupe on `webhook-id`, the event's id).
 */
export class WebhookDispatcher {
  /** Endpoints this dispatcher is sending to now: a run that overlaps another leaves them to it. */
  readonly #sending = new Set<string>();

  public constructor(private readonly deps: WebhookDispatcherDependencies) {}

  public async drain(): Promise<{ readonly events: number; readonly attempts: number }> {
    const events = await this.#fanOut();
    const attempts = await this.#sendDue();
    return { events, attempts };
  }

  async #fanOut(): Promise<number> {
    const { endpoints, outbox } = this.deps;
    const now = this.deps.clock.now().toISOString();
    const waiting = (await outbox.dueEvents(now, EVENT_BATCH)) as unknown as OutboxEvent[];
    const endpointsByScope = new Map<string, WebhookEndpoint[]>();
    for (const event of waiting) {
      if (!endpointsByScope.has(event.pk)) endpointsByScope.set(event.pk, await endpoints.ofScope(event.pk));
      const subscribed = endpointsByScope
        .get(event.pk)!
        .filter((endpoint) => endpoint.events.includes(event.action));
      const payload = payloadOf(event);
      await outbox.fanOut(
        event,
        subscribed.map((endpoint) => ({
          id: event.id,
          endpointId: endpoint.id,
          scope: endpoint.scope,
          scheduledFrom: event.at,
          type: event.action,
          payload,
          createdAt: event.at,
        })),
      );
    }
    return waiting.length;
  }

  async #sendDue(): Promise<number> {
    const now = this.deps.clock.now().toISOString();
    const due = await this.deps.outbox.dueDeliveries(now, WEBHOOK_DISPATCH.scannedAtMost);
    const { byEndpoint, chosen } = fairShareOf(
      due.filter((delivery) => !this.#sending.has(delivery.endpointId)),
    );
    for (const endpointId of byEndpoint.keys()) this.#sending.add(endpointId);
    const failures: unknown[] = [];
    // One delivery's fault (a store error) does not hold up the others; the run reports it at the end.
    await forEachAtMost(ENDPOINTS_AT_ONCE, [...byEndpoint], async ([endpointId, share]) => {
      try {
        await Promise.all(
          share.map((delivery) =>
            this.#attempt(delivery).catch((error: unknown) => void failures.push(error)),
          ),
        );
      } finally {
        this.#sending.delete(endpointId);
      }
    });
    if (failures.length > 0) throw failures[0];
    return chosen;
  }

  async #attempt(delivery: WebhookDelivery): Promise<void> {
    const { endpoints, outbox, keys, clock } = this.deps;
    const endpoint = await endpoints.get(delivery.scope, delivery.endpointId);
    const at = clock.now();
    if (endpoint === undefined) {
      const gone = { at: at.toISOString(), error: 'endpoint deleted', durationMs: 0 };
      await outbox.recordAttempt(delivery, delivery.attempts.length, gone, { status: 'failed' });
      return;
    }
    const secret = await openSecret(keys, WEBHOOK_SECRET_PURPOSE, endpoint.secret);
    const headers = {
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1_000)),
      'webhook-signature': new Webhook(secret).sign(delivery.id, at, delivery.payload),
    };
    const result = await this.deps.send(endpoint.url, headers, delivery.payload);
    const attempt = { at: at.toISOString(), ...result };
    const made = delivery.attempts.length + 1;
    const verdict = attemptVerdict(result.status);
    const retryAt = nextAttemptAt(new Date(delivery.scheduledFrom), made);
    const outcome =
      verdict === 'delivered'
        ? ({ status: 'delivered' } as const)
        : verdict === 'refused' || retryAt === undefined
          ? ({ status: 'failed' } as const)
          : ({ status: 'pending', dueAt: retryAt.toISOString() } as const);
    await outbox.recordAttempt(delivery, delivery.attempts.length, attempt, outcome);
  }
}
