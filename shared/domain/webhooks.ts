import ipaddr from 'ipaddr.js';
import type { AuditAction } from './audit-event.js';

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
  /** A receiver that has not answered in this long has failed the attempt. */
  timeoutMs: 10_000,
  maxEndpointsPerOwner: 10,
  urlMaxLength: 2_048,
} as const;

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

/** Which destinations a deployment accepts: public HTTPS on AWS; locally, also plain HTTP to loopback. */
export type UrlPolicy = 'public-https' | 'local';

/** Addresses no webhook may reach on AWS: private, loopback, link-local (metadata services), and the like. */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
};

const isLoopback = (host: string): boolean =>
  host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');

/** Why a URL is refused as a webhook destination, or `undefined` when it is acceptable as written. */
export const webhookUrlProblem = (url: string, policy: UrlPolicy): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry credentials';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (policy === 'local' && parsed.protocol === 'http:' && isLoopback(host)) return undefined;
  if (parsed.protocol !== 'https:') return 'must use https';
  if (ipaddr.isValid(host) && !isPublicAddress(host))
    return 'must not point at a private, loopback or link-local address';
  if (policy === 'public-https' && (host === 'localhost' || host.endsWith('.localhost'))) {
    return 'must not point at a private, loopback or link-local address';
  }
  return undefined;
};
