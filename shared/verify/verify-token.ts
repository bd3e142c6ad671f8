import type { KeyProvider } from '../crypto/key-provider.js';
import { secretMatches } from '../crypto/token-hasher.js';
import type { Clock } from '../domain/clock.js';
import { CREDIT_BOUNDS, type CreditSpend, nextCreditRefillAt } from '../domain/credits.js';
import { kindOfPrefix, tokenKinds } from '../domain/kinds.js';
import { expiryAttributes } from '../domain/lifecycle.js';
import { type RateLimit, rateWindowOf, retryAfterSeconds } from '../domain/rate-limit.js';
import {
  ipAllowed,
  requiredHeadersPresent,
  SECRET_HEADER,
  type TokenRestrictions,
} from '../domain/restrictions.js';
import type { TokenRecord } from '../domain/token.js';
import { parseToken } from '../domain/token-format.js';
import type { CompromiseResponse } from '../services/compromise-response.js';
import type { CreditNotices } from '../services/credit-notices.js';
import type { CreditRepository } from '../store/credit-repository.js';
import type { RateCounterRepository } from '../store/rate-counter-repository.js';
import type { VerificationResult } from './outcome.js';
import { decisionFor, factsOf, type RecordFacts } from './record-facts.js';
import type { RequestLogger } from './request-log.js';
import type { RoutePolicy } from './route-policy.js';
import { isEndedSecret, secretMatchOf } from './secret-match.js';
import type { VerificationCache } from './verification-cache.js';

/** The store operations verification needs: one read, and the throttled touch. */
export interface VerificationStore {
  get(tokenId: string): Promise<TokenRecord | undefined>;
  touch(
    tokenId: string,
    usedAt: string,
    notBefore: string,
    changes: Readonly<Record<string, unknown>>,
  ): Promise<boolean>;
}

export interface VerificationDependencies {
  readonly store: VerificationStore;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** A token's use is recorded at most once per this many seconds. */
  readonly touchIntervalSeconds: number;
  /** Absent: every verification reads the store (the management API wants revocations to bite at once). */
  readonly cache?: VerificationCache;
  /** The protected API's routes; needed when requests name a method and path. */
  readonly policy?: RoutePolicy;
  /** Spends the credits of tokens that have them; required once any token has credits (fails closed). */
  readonly credits?: Pick<CreditRepository, 'spend'>;
  /** Announces credits running low (`credits.low`); absent: nothing is announced. */
  readonly creditNotices?: Pick<CreditNotices, 'afterSpend'>;
  /** Counts requests of tokens with a rate limit; required once any token has one (fails closed). */
  readonly rateCounter?: Pick<RateCounterRepository, 'consume'>;
  /** Where kinds that keep request logs (project tokens) record requests. */
  readonly requestLog?: Pick<RequestLogger, 'log'>;
  /** Revokes a token whose rotated-out value is presented (reuse detection); absent: such values are NOT_FOUND. */
  readonly compromise?: Pick<CompromiseResponse, 'reuseDetected'>;
  /** Called when recording a use or a request log fails; the request itself is still answered. */
  readonly onTouchError?: (error: unknown) => void;
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

const load = async (deps: VerificationDependencies, tokenId: string): Promise<TokenRecord | undefined> => {
  const { cache } = deps;
  if (cache === undefined) return deps.store.get(tokenId);
  const cached = await cache.get(tokenId);
  if (cached !== undefined) return cached ?? undefined;
  const ticket = cache.ticket();
  const token = await deps.store.get(tokenId);
  cache.set(tokenId, token, ticket);
  return token;
};

/**
 * Verifies a presented token, and the request it came with when one is given. Denials are values
 * (`valid: false` with a code); only infrastructure faults throw, and every caller turns a throw into a
 * denial (fail closed). The steps run cheapest first, so garbage costs no I/O at all.
 */
export const verifyToken = async (
  deps: VerificationDependencies,
  request: VerificationRequest | string,
): Promise<VerificationResult> => {
  const details: VerificationRequest = typeof request === 'string' ? { token: request } : request;
  const presented = details.token;

  /** Shape and checksum: no database read for garbage or typos. */
  const parsed = parseToken(presented);
  if (parsed === undefined) return { valid: false, code: 'MALFORMED' };

  /** Lookup and secret: an unknown id, another kind's id and a wrong secret are indistinguishable. */
  const token = await load(deps, parsed.tokenId);
  const now = deps.clock.now();
  const nowMs = now.getTime();
  if (token === undefined || token.kind !== kindOfPrefix(parsed.prefixCode).kind)
    return { valid: false, code: 'NOT_FOUND' };
  const facts = factsOf(token);
  if ((await secretMatchOf(deps.keys, parsed.secret, token, nowMs, deps.cache !== undefined)) === undefined) {
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
  /** Rate: only requests that would be allowed count against the limit (no call at all without one). */
  const { rateLimit } = token;
  const retryAfter =
    judged === 'VALID' && rateLimit !== undefined
      ? await rateLimitRetryAfter(deps, token.tokenId, rateLimit, nowMs)
      : undefined;
  const rated = retryAfter === undefined ? judged : 'RATE_LIMITED';
  /** Credits: spent only by requests every other check allowed, one conditional write each. */
  const spend =
    rated === 'VALID' && token.creditsRemaining !== undefined
      ? await spendCredits(deps, token, details, now)
      : undefined;
  const outcome = spend?.spent === false ? 'USAGE_EXCEEDED' : rated;
  if (outcome === 'VALID') {
    /** Use: recorded only for allowed requests, so denied calls never extend a token's life. */
    await recordUse(deps, token, facts, now);
  }
  await logRequest(deps, token, details, outcome, now);
  if (outcome === 'VALID') {
    return spend?.remaining === undefined
      ? { valid: true, code: 'VALID', token: verified }
      : { valid: true, code: 'VALID', token: verified, creditsRemaining: spend.remaining };
  }
  if (outcome === 'USAGE_EXCEEDED' && token.creditsRefill !== undefined) {
    const untilRefillMs = nextCreditRefillAt(token.creditsRefill, now).getTime() - nowMs;
    return {
      valid: false,
      code: outcome,
      token: verified,
      retryAfterSeconds: Math.max(1, Math.ceil(untilRefillMs / 1_000)),
    };
  }
  return retryAfter === undefined
    ? { valid: false, code: outcome, token: verified }
    : { valid: false, code: 'RATE_LIMITED', token: verified, retryAfterSeconds: retryAfter };
};

/** Spends the request's cost (its route's, when the request names one) of the token's credits. */
const spendCredits = async (
  deps: VerificationDependencies,
  token: TokenRecord,
  request: VerificationRequest,
  now: Date,
): Promise<CreditSpend> => {
  if (deps.credits === undefined)
    throw new Error('A credit store is required to verify tokens with credits.');
  const { method, path } = request;
  const cost =
    method === undefined || path === undefined || deps.policy === undefined
      ? CREDIT_BOUNDS.defaultCost
      : deps.policy.costOf(method, path);
  const spend = await deps.credits.spend(token, cost, now);
  try {
    await deps.creditNotices?.afterSpend(token, spend, { keyId: token.tokenId });
  } catch (error) {
    // The notice is news, not a decision: a failure to send it never changes the answer.
    deps.onTouchError?.(error);
  }
  return spend;
};

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

/** Counts the request in the token's current window: `undefined` if allowed, else seconds to wait. */
const rateLimitRetryAfter = async (
  deps: VerificationDependencies,
  tokenId: string,
  rateLimit: RateLimit,
  nowMs: number,
): Promise<number | undefined> => {
  if (deps.rateCounter === undefined)
    throw new Error('A rate counter is required to verify rate-limited tokens.');
  const window = rateWindowOf(tokenId, rateLimit, nowMs);
  return (await deps.rateCounter.consume(window)) ? undefined : retryAfterSeconds(window, nowMs);
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

const restrictionsMet = async (
  keys: KeyProvider,
  restrictions: TokenRestrictions,
  request: VerificationRequest,
): Promise<boolean> => {
  const headers = request.headers ?? {};
  if (restrictions.ipRestrictionsEnabled && !ipAllowed(restrictions.ipValues, request.sourceIp)) return false;
  if (!requiredHeadersPresent(restrictions.requiredHeaders, headers)) return false;
  if (!restrictions.secretKeyEnabled) return true;
  const presented = Object.entries(headers).find(([name]) => name.toLowerCase() === SECRET_HEADER)?.[1];
  const { secretKeyHash, secretKeyPepperVersion } = restrictions;
  if (presented === undefined || secretKeyHash === undefined || secretKeyPepperVersion === undefined)
    return false;
  return secretMatches(keys, presented, { hash: secretKeyHash, pepperVersion: secretKeyPepperVersion });
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

/** Moves lastUsedAt and the inactivity expiry forward, at most once per touch interval. */
const recordUse = async (
  deps: VerificationDependencies,
  token: TokenRecord,
  facts: RecordFacts,
  now: Date,
): Promise<void> => {
  // Numbers first: on the hot path (a recent use) no date is formatted.
  const notBeforeMs = now.getTime() - deps.touchIntervalSeconds * 1_000;
  if (facts.lastUsedMs !== undefined && facts.lastUsedMs >= notBeforeMs) return;
  const notBefore = new Date(notBeforeMs).toISOString();
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
  };
  // Remember the use before writing it, so concurrent verifications on this instance do not all write.
  deps.cache?.patch(token.tokenId, { lastUsedAt: usedAt, ...changes });
  try {
    await deps.store.touch(token.tokenId, usedAt, notBefore, changes);
  } catch (error) {
    deps.onTouchError?.(error);
  }
};
