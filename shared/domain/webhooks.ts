import type { AuditAction } from './audit-event.js';
import type { SealedSecret } from './sealed-secret.js';

/**
 * Webhooks: signed deliveries (Standard Webhooks) of what happens to tokens, at least once. The audit event a
 * change writes in its own transaction is the outbox: a dispatcher turns each into one delivery per
 * subscribed endpoint, and sends deliveries with exponential backoff until one is accepted, a receiver refuses
 * it for good, or the attempts run out.
 */

/** The events an endpoint may subscribe to: each is the audit action of the same name. */
export const WEBHOOK_EVENTS = [
  'token.created',
  'token.revoked',
  'token.regenerated',
  'token.expiring_soon',
  'token.expired',
  'token.leaked',
  'token.reuse_detected',
  'credits.low',
] as const satisfies readonly AuditAction[];
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** What a test delivery is called: sent only when a person asks for one, never subscribed to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const isWebhookEvent = (action: string): action is WebhookEvent =>
  (WEBHOOK_EVENTS as readonly string[]).includes(action);

/** The partitions of the Events table's `byOutbox` index: events to fan out, deliveries to attempt. */
export const OUTBOX = { event: 'event', delivery: 'delivery' } as const;

/**
 * When each attempt is made, in seconds after the event: the first at once, the last 24 hours later —
 * 8 attempts in all (Standard Webhooks' recommended shape of schedule, stretched to a day).
 */
export const WEBHOOK_RETRY_SCHEDULE_SECONDS = [0, 60, 300, 1_800, 7_200, 21_600, 43_200, 86_400] as const;

export const WEBHOOK_BOUNDS = {
  /**
   * An attempt not answered in this long has failed: connecting, sending and the answer's headers together
   * (the answer's body is not waited for).
   */
  timeoutMs: 10_000,
  maxEndpointsPerOwner: 10,
  urlMaxLength: 2_048,
  /** Test deliveries an endpoint may be sent per minute. */
  testsPerMinute: 5,
} as const;

/**
 * How one dispatcher run shares its time between endpoints, so that one tenant's slow or hanging receiver
 * delays no one else's: endpoints are sent to in parallel, each at most `perEndpoint` deliveries a run (all
 * at once), so a run lasts about one attempt's deadline however many deliveries wait for a hanging receiver.
 */
export const WEBHOOK_DISPATCH = {
  /** Deliveries sent in one run. */
  batch: 100,
  /** Deliveries to one endpoint in one run; the rest wait for the next runs. */
  perEndpoint: 2,
  /** Due deliveries looked at to fill a run, past those of endpoints that already have their share. */
  scannedAtMost: 1_000,
} as const;

/** The deliveries one run sends, in due order: each endpoint's first `perEndpoint`, up to `batch`, by endpoint. */
export const fairShareOf = <T extends { readonly endpointId: string }>(
  due: Iterable<T>,
  bounds: { readonly batch: number; readonly perEndpoint: number } = WEBHOOK_DISPATCH,
): { readonly byEndpoint: ReadonlyMap<string, readonly T[]>; readonly chosen: number } => {
  const byEndpoint = new Map<string, T[]>();
  let chosen = 0;
  for (const delivery of due) {
    if (chosen >= bounds.batch) break;
    const share = byEndpoint.get(delivery.endpointId) ?? [];
    if (share.length >= bounds.perEndpoint) continue;
    share.push(delivery);
    byEndpoint.set(delivery.endpointId, share);
    chosen += 1;
  }
  return { byEndpoint, chosen };
};

/** When the attempt after `attempts` made ones is due, or `undefined` when none is left. */
export const nextAttemptAt = (eventAt: Date, attempts: number): Date | undefined => {
  const offset = WEBHOOK_RETRY_SCHEDULE_SECONDS[attempts];
  return offset === undefined ? undefined : new Date(eventAt.getTime() + offset * 1_000);
};

/** What a receiver's answer means: accepted, worth another attempt, or refused for good. */
export const attemptVerdict = (status: number | undefined): 'delivered' | 'retry' | 'refused' => {
  if (status === undefined) return 'retry';
  if (status >= 200 && status < 300) return 'delivered';
  // A client error is the receiver saying no (wrong path, bad signature): repeating it will not help.
  // Rate limiting and every other answer (3xx, 5xx) are worth another try.
  if (status >= 400 && status < 500 && status !== 429) return 'refused';
  return 'retry';
};

/* What the store keeps of endpoints and deliveries (shared/store/webhooks/). */

/** An endpoint as stored: its signing secret sealed (see crypto/secret-box.ts), never in the clear. */
export interface WebhookEndpoint {
  readonly id: string;
  /** `workspace#<id>` or `project#<id>`: whose events it receives. */
  readonly scope: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly description?: string;
  readonly secret: SealedSecret;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
}

/** One try at sending a delivery. */
export interface DeliveryAttempt {
  readonly at: string;
  /** The receiver's HTTP status; absent when it did not answer (timeout, refused connection). */
  readonly status?: number;
  readonly error?: string;
  readonly durationMs: number;
}

export interface WebhookDelivery {
  /** The audit event's id: one delivery per event and endpoint. */
  readonly id: string;
  readonly endpointId: string;
  /** The endpoint's workspace or project. */
  readonly scope: string;
  /** What the retry schedule counts from: the event, or the moment a person asked for a redelivery. */
  readonly scheduledFrom: string;
  readonly type: string;
  /** The JSON body, exactly as signed and sent. */
  readonly payload: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: readonly DeliveryAttempt[];
  readonly createdAt: string;
  readonly nextAttemptAt?: string;
}

/** A delivery about to be queued. */
export type NewDelivery = Omit<WebhookDelivery, 'status' | 'attempts' | 'nextAttemptAt'>;
