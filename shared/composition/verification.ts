import { AdminKeyGuard } from '../services/directory/admin-key-guard.js';
import { CreditNotices } from '../services/notifications/credit-notices.js';
import {
  eventBridgeNotifier,
  logNotifier,
  type TokenNotifier,
} from '../services/notifications/expiry-notifiers.js';
import { CompromiseResponse } from '../services/tokens/compromise-response.js';
import { geoLocatorOf, RequestLogger } from '../verify/request-log.js';
import { RoutePolicy } from '../verify/route-policy.js';
import { TokenCache } from '../verify/token-cache.js';
import { UsageCounter } from '../verify/usage-counter.js';
import { DEFAULT_REVOCATION_BOUND_MS, VerificationCache } from '../verify/verification-cache.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS, type VerificationDependencies } from '../verify/verify-token.js';
import { type Container, component } from './container.js';
import {
  auditRepository,
  changeFeedRepository,
  clock,
  creditRepository,
  keys,
  logger,
  rateCounterRepository,
  requestLogRepository,
  tokenPolicyRepository,
  tokenRepository,
  usageRepository,
  verificationStore,
} from './store.js';

/** The verification pipeline's parts: for admin keys, for `POST /v1/verify`, and for authorizers. */

/** Failures that must not fail the request they happen in: logged by name, never with their message. */
const warnOf = (c: Container, message: string) => (error: unknown) =>
  c.get(logger).warn(message, { errorName: (error as Error).name });

export const notifier = /* @__PURE__ */ component('notifier', (c): TokenNotifier => {
  if (c.options.notifier !== undefined) return c.options.notifier;
  if (c.options.eventBusName !== undefined) return eventBridgeNotifier(c.options.eventBusName);
  return logNotifier(c.get(logger));
});

export const compromiseResponse = /* @__PURE__ */ component(
  'compromiseResponse',
  (c) =>
    new CompromiseResponse({
      tokens: c.get(tokenRepository),
      events: c.get(auditRepository),
      policies: c.get(tokenPolicyRepository),
      clock: c.get(clock),
      notifier: c.get(notifier),
      onNotifyError: warnOf(c, 'Sending compromise news failed'),
    }),
);

/** The pipeline's parts every verification has: the store, the peppers, the clock, use and rate counting. */
const storeVerification = /* @__PURE__ */ component(
  'storeVerification',
  (c): VerificationDependencies => ({
    store: c.get(verificationStore),
    keys: c.get(keys),
    clock: c.get(clock),
    touchIntervalSeconds: c.options.touchIntervalSeconds ?? DEFAULT_TOUCH_INTERVAL_SECONDS,
    rateCounter: c.get(rateCounterRepository),
    credits: c.get(creditRepository),
    onTouchError: warnOf(c, 'Recording a token use failed'),
  }),
);

export const creditNotices = /* @__PURE__ */ component(
  'creditNotices',
  (c) =>
    new CreditNotices({
      credits: c.get(creditRepository),
      events: c.get(auditRepository),
      clock: c.get(clock),
      notifier: c.get(notifier),
      onNotifyError: warnOf(c, 'Sending low-credits news failed'),
    }),
);

/**
 * Flushes the counts when the process is told to end, then ends it as SIGTERM would have — unless the
 * application listens for SIGTERM itself, in which case its own listener decides.
 */
const flushOnSigterm = (counter: UsageCounter): void => {
  process.once('SIGTERM', async () => {
    await counter.flush();
    if (process.listenerCount('SIGTERM') === 0) process.exit(0);
  });
};

/** This instance's verification counts, added to the store once a minute (analytics). */
export const usageCounter = /* @__PURE__ */ component('usageCounter', (c) => {
  const counter = new UsageCounter({
    usage: c.get(usageRepository),
    clock: c.get(clock),
    onFlushError: warnOf(c, 'Adding verification counts failed; they go with the next flush'),
  });
  if (c.options.flushUsageOnShutdown === true) flushOnSigterm(counter);
  return counter;
});

/** Verification as the management API uses it: no cache, so a revoke bites at once; reuse detection on. */
export const verification = /* @__PURE__ */ component(
  'verification',
  (c): VerificationDependencies => ({
    ...c.get(storeVerification),
    compromise: c.get(compromiseResponse),
    creditNotices: c.get(creditNotices),
    usage: c.get(usageCounter),
  }),
);

export const adminKeyGuard = /* @__PURE__ */ component(
  'adminKeyGuard',
  (c) => new AdminKeyGuard(c.get(clock), c.options.adminKeyFailuresPerMinute),
);

/**
 * Admin-key authentication: the pipeline over a store that remembers missing ids. Admin keys are never
 * rotated (the kinds table makes them neither regenerable nor self-rotatable), so no rotated-out value can be
 * presented: no reuse detection, and no compromise response or event client in every management function.
 */
export const adminKeyVerification = /* @__PURE__ */ component(
  'adminKeyVerification',
  (c): VerificationDependencies => ({
    ...c.get(storeVerification),
    store: c.get(adminKeyGuard).store(c.get(verificationStore)),
  }),
);

export const routePolicy = /* @__PURE__ */ component(
  'routePolicy',
  (c) => new RoutePolicy(c.options.routePolicy ?? []),
);

export const requestLogger = /* @__PURE__ */ component(
  'requestLogger',
  (c) => new RequestLogger(c.get(requestLogRepository), geoLocatorOf(c.options.geoSource)),
);

/** Verification against the protected API's route policy, with request logs: `POST /v1/verify`. */
export const policyVerification = /* @__PURE__ */ component(
  'policyVerification',
  (c): VerificationDependencies => ({
    ...c.get(verification),
    policy: c.get(routePolicy),
    requestLog: c.get(requestLogger),
  }),
);

/**
 * Verification as an authorizer holds it for its lifetime: the route policy, request logs, and a cache
 * whose entries the change feed evicts within the revocation bound (none when the bound is 0).
 */
export const authorizerVerification = /* @__PURE__ */ component(
  'authorizerVerification',
  (c): VerificationDependencies => {
    const boundMs = c.options.revocationBoundMs ?? DEFAULT_REVOCATION_BOUND_MS;
    if (boundMs === 0) return c.get(policyVerification);
    const cache = new VerificationCache({
      cache: new TokenCache({ clock: c.get(clock), ...c.options.cache }),
      feed: c.get(changeFeedRepository),
      clock: c.get(clock),
      boundMs,
      replicationAllowanceMs: c.options.replicationAllowanceMs ?? 0,
      onFeedError:
        c.options.onFeedError ??
        warnOf(c, 'Reading the token change feed failed; cached answers are not trusted'),
    });
    return { ...c.get(policyVerification), cache };
  },
);
