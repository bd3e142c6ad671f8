import type { KeyProvider } from '../crypto/key-provider.js';
import type { RequestOrigin } from '../domain/audit-event.js';
import type { Clock } from '../domain/clock.js';
import type { IdentityRecord } from '../domain/identity.js';
import { kindOfPrefix, tokenKinds } from '../domain/kinds.js';
import { expiryAttributes } from '../domain/lifecycle.js';
import type { TokenRecord } from '../domain/token.js';
import { parseToken } from '../domain/token-format.js';
import { isRecentSource, RECENT_SOURCES, withRecentSource } from '../domain/token-inventory.js';
import { type MeteringDependencies, meter } from './metering.js';
import type { VerificationResult, VerifiedIdentity } from './outcome.js';
import { decisionFor, factsOf, type RecordFacts } from './record-facts.js';
import type { RequestLogger } from './request-log.js';
import { restrictionsMet } from './request-restrictions.js';
import type { RoutePolicy } from './route-policy.js';
import { isEndedSecret } from './secret-match.js';
import { loadIdentity, lookUp, type TokenSource } from './token-lookup.js';
import type { UsageCounter } from './usage-counter.js';
import type { VerificationCache } from './verification-cache.js';

/** The store operations verification needs: a token, its identity, and the throttled touch. */
export interface VerificationStore extends TokenSource {
  touch(
    tokenId: string,
    usedAt: string,
    notBefore: string,
    changes: Readonly<Record<string, unknown>>,
  ): Promise<boolean>;
}

/**
 * What verification needs done when a rotated-out value is presented again (services/tokens/compromise-response.ts
 * answers): `true` when the token was revoked for it.
 */
export interface ReuseResponse {
  reuseDetected(token: TokenRecord, origin: RequestOrigin): Promise<boolean>;
}

export interface VerificationDependencies extends MeteringDependencies {
  readonly store: VerificationStore;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** A token's use is recorded at most once per this many seconds. */
  readonly touchIntervalSeconds: number;
  /** Absent: every verification reads the store (the management API wants revocations to bite at once). */
  readonly cache?: VerificationCache;
  /** The protected API's routes; needed when requests name a method and path. */
  readonly policy?: RoutePolicy;
  /** Where kinds that keep request logs (project tokens) record requests. */
  readonly requestLog?: Pick<RequestLogger, 'log'>;
  /** Revokes a token whose rotated-out value is presented (reuse detection); absent: such values are NOT_FOUND. */
  readonly compromise?: ReuseResponse;
  /** Called when recording a use or a request log fails; the request itself is still answered. */
  readonly onTouchError?: (error: unknown) => void;
  /** Counts verifications for analytics; absent: none are counted (admin keys). */
  readonly usage?: Pick<UsageCounter, 'count' | 'flush'>;
}

/** What is being asked: a token, and optionally the request it came with. */
export interface VerificationRequest {
  readonly token: string;
  readonly method?: string;
  readonly path?: string;
  readonly sourceIp?: string;
  /** Raw query string, for request logs. */
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_TOUCH_INTERVAL_SECONDS = 3_600;

/**
 * Verifies a presented token, and the request it came with when one is given. Denials are values
 * (`valid: false` with a code); only infrastructure faults throw, and every caller turns a throw into a
 * denial (fail closed). The steps run cheapest first, so garbage costs no I/O at all.
 */
export const verifyToken = async (
  deps: VerificationDependencies,
  request: VerificationRequest | string,
): Promise<VerificationResult> => {
  const { usage } = deps;
  if (usage === undefined) return verifyPresented(deps, request);
  const seen: Seen = { token: undefined, nowMs: 0 };
  const result = await verifyPresented(deps, request, seen);
  // Analytics count every verification of a token that exists, whatever its outcome; values that name no
  // token (garbage, unknown ids) are not counted, so they cannot grow the counts a flood of them would cost.
  if (seen.token !== undefined) usage.count(seen.token, result.code, seen.nowMs);
  return result;
};

/** The token the pipeline read, and when, for analytics. */
interface Seen {
  token: TokenRecord | undefined;
  nowMs: number;
}

const verifyPresented = async (
  deps: VerificationDependencies,
  request: VerificationRequest | string,
  seen?: Seen,
): Promise<VerificationResult> => {
  const details: VerificationRequest = typeof request === 'string' ? { token: request } : request;
  const presented = details.token;

  /** Shape and checksum: no database read for garbage or typos. */
  const parsed = parseToken(presented);
  if (parsed === undefined) return { valid: false, code: 'MALFORMED' };

  /** Lookup and secret: an unknown id, another kind's id and a wrong secret are indistinguishable. */
  const kind = kindOfPrefix(parsed.prefixCode).kind;
  const { token, matched } = await lookUp(deps, parsed);
  const now = deps.clock.now();
  const nowMs = now.getTime();
  if (seen !== undefined) {
    seen.token = token;
    seen.nowMs = nowMs;
  }
  if (token === undefined || token.kind !== kind) return { valid: false, code: 'NOT_FOUND' };
  const facts = factsOf(token);
  if (!matched) {
    return (await reuseRevoked(deps, parsed.secret, token, nowMs))
      ? { valid: false, code: 'REVOKED', token: facts.verified }
      : { valid: false, code: 'NOT_FOUND' };
  }

  /** Lifecycle: from the item's dates and the clock, never from TTL having deleted the item. */
  const { verified } = facts;
  if (token.status === 'revoked') return { valid: false, code: 'REVOKED', token: verified };
  if (token.status === 'expired' || (facts.endMs !== undefined && facts.endMs <= nowMs)) {
    return { valid: false, code: 'EXPIRED', token: verified };
  }
  if (token.disabled === true) return { valid: false, code: 'DISABLED', token: verified };

  const judged = await judgeRequest(deps, token, facts, details);
  if (judged !== 'VALID') {
    await logRequest(deps, token, details, judged, now);
    return { valid: false, code: judged, token: verified };
  }
  /** Limits: only requests every other check allowed count against them (no call at all without one). */
  const identity = token.identityId === undefined ? undefined : await loadIdentity(deps, token.identityId);
  // Not awaited when nothing is metered: the common case stays free of an extra turn of the event loop.
  const metering = meter(deps, token, identity, details, now);
  const metered = metering instanceof Promise ? await metering : metering;
  if (!metered.allowed) {
    await logRequest(deps, token, details, metered.code, now);
    const { code, retryAfterSeconds } = metered;
    return retryAfterSeconds === undefined
      ? { valid: false, code, token: verified }
      : { valid: false, code, token: verified, retryAfterSeconds };
  }
  /** Use: recorded only for allowed requests, so denied calls never extend a token's life. */
  await recordUse(deps, token, facts, details, now);
  await logRequest(deps, token, details, 'VALID', now);
  return {
    valid: true,
    code: 'VALID',
    token: verified,
    ...(metered.creditsRemaining === undefined ? {} : { creditsRemaining: metered.creditsRemaining }),
    ...(identity === undefined ? {} : { identity: identityFactsOf(identity, metered) }),
  };
};

const identityFactsOf = (
  identity: IdentityRecord,
  metered: { readonly identityCreditsRemaining?: number },
): VerifiedIdentity => ({
  id: identity.identityId,
  externalId: identity.externalId,
  ...(metered.identityCreditsRemaining === undefined
    ? {}
    : { creditsRemaining: metered.identityCreditsRemaining }),
});

/**
 * Reuse detection: a value that a regenerate replaced and whose grace is over is presented. Whoever holds
 * it should not, so the whole token is revoked (unless its owner turned this off). Only values that
 * really were this token's count, so a guessed id with a wrong secret can never revoke anything.
 */
const reuseRevoked = async (
  deps: VerificationDependencies,
  secret: string,
  token: TokenRecord,
  nowMs: number,
): Promise<boolean> => {
  const { compromise } = deps;
  if (compromise === undefined || token.status !== 'active') return false;
  if (
    !(await isEndedSecret(deps.keys, secret, token, nowMs)) ||
    !(await compromise.reuseDetected(token, { keyId: token.tokenId }))
  )
    return false;
  deps.cache?.forget(token.tokenId);
  return true;
};

/** Restrictions, then route and scope, for a token already known to be usable. */
const judgeRequest = async (
  deps: VerificationDependencies,
  token: TokenRecord,
  facts: RecordFacts,
  request: VerificationRequest,
): Promise<'VALID' | 'FORBIDDEN' | 'INSUFFICIENT_SCOPE'> => {
  /** Restrictions: where a valid token may be used from (IP, headers, secret). */
  if (token.restrictions !== undefined && !(await restrictionsMet(deps.keys, token.restrictions, request))) {
    return 'FORBIDDEN';
  }
  /** Route and scope: the protected API's policy, bounded by what the kind may ever reach. */
  const { method, path } = request;
  if (method !== undefined && path !== undefined) {
    if (deps.policy === undefined) throw new Error('A route policy is required to verify a request.');
    const { policy } = deps;
    const allowed = decisionFor(
      facts,
      `${method} ${path}`,
      () => policy.decide(facts.verified, method, path).allowed,
    );
    if (!allowed) return 'INSUFFICIENT_SCOPE';
  }
  return 'VALID';
};

/** Appends to the request log of kinds that keep one; a failed write does not fail the request. */
const logRequest = async (
  deps: VerificationDependencies,
  token: TokenRecord,
  request: VerificationRequest,
  outcome: string,
  now: Date,
): Promise<void> => {
  try {
    await deps.requestLog?.log(token, request, outcome, now);
  } catch (error) {
    deps.onTouchError?.(error);
  }
};

/**
 * Moves lastUsedAt and the inactivity expiry forward, at most once per touch interval, and remembers where
 * the token was used from: a use from an address it does not remember yet is written sooner, though at most
 * once a minute per token and verifier, so a token used from many addresses costs no write per request.
 */
const recordUse = async (
  deps: VerificationDependencies,
  token: TokenRecord,
  facts: RecordFacts,
  request: VerificationRequest,
  now: Date,
): Promise<void> => {
  // Numbers first: on the hot path (a recent use from a known address) no date is formatted.
  const nowMs = now.getTime();
  const notBeforeMs = nowMs - deps.touchIntervalSeconds * 1_000;
  const { sourceIp } = request;
  const newSource =
    sourceIp !== undefined &&
    !isRecentSource(token.recentSources, sourceIp) &&
    (facts.lastUsedMs === undefined ||
      facts.lastUsedMs < nowMs - RECENT_SOURCES.newSourceWriteSeconds * 1_000);
  if (!newSource && facts.lastUsedMs !== undefined && facts.lastUsedMs >= notBeforeMs) return;
  // A new address is written even within the touch interval: the condition is then only "no later use".
  const notBefore = new Date(newSource ? nowMs : notBeforeMs).toISOString();
  const usedAt = now.toISOString();
  const { staleAt, sweepShard, ttl } = expiryAttributes(
    tokenKinds[token.kind],
    token.tokenId,
    now,
    token.expiresAt,
  );
  const changes = {
    ...(staleAt === undefined ? {} : { staleAt }),
    ...(sweepShard === undefined ? {} : { sweepShard }),
    ...(ttl === undefined ? {} : { ttl }),
    ...(sourceIp === undefined
      ? {}
      : { recentSources: withRecentSource(token.recentSources, sourceIp, usedAt) }),
  };
  // Remember the use before writing it, so concurrent verifications on this instance do not all write.
  deps.cache?.patch(token.tokenId, { lastUsedAt: usedAt, ...changes });
  try {
    await deps.store.touch(token.tokenId, usedAt, notBefore, changes);
  } catch (error) {
    deps.onTouchError?.(error);
  }
};
