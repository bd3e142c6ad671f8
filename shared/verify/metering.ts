import type { RequestOrigin } from '../domain/audit-event.js';
import type { Clock } from '../domain/clock.js';
import { type CreditHolder, creditHolderOfIdentity, creditHolderOfToken } from '../domain/credit-holder.js';
import { CREDIT_BOUNDS, type CreditSpend, nextCreditRefillAt } from '../domain/credits.js';
import { type IdentityRecord, identityKeyOf } from '../domain/identity.js';
import { type RateLimit, rateWindowOf, retryAfterSeconds } from '../domain/rate-limit.js';
import type { TokenRecord } from '../domain/token.js';
import type { CreditRepository } from '../store/credit-repository.js';
import type { RateCounterRepository } from '../store/rate-counter-repository.js';
import type { RoutePolicy } from './route-policy.js';

/**
 * Metering: the rate limits and credits of a token and of its identity, for a request every other check
 * allowed. Each limit is one conditional write on its own item, so counts are exact across verifiers; the
 * token's limits are counted first, then its identity's (shared by all the identity's tokens), and the first
 * refusal ends it — a request refused by the identity has still used the token's window or credits, as it
 * would at any API that meters in layers.
 */

/** What metering needs told when a spend leaves a holder's credits low (services/notifications/credit-notices.ts answers). */
export interface CreditNoticePort {
  afterSpend(holder: CreditHolder, spend: CreditSpend, origin: RequestOrigin): Promise<void>;
}

export interface MeteringDependencies {
  readonly clock: Clock;
  /** The protected API's routes, whose entries may name what a request costs. */
  readonly policy?: RoutePolicy;
  /** Spends credits; required once a token or identity has credits (fails closed). */
  readonly credits?: Pick<CreditRepository, 'spend'>;
  /** Announces credits running low (`credits.low`); absent: nothing is announced. */
  readonly creditNotices?: CreditNoticePort;
  /** Counts requests; required once a token or identity has a rate limit (fails closed). */
  readonly rateCounter?: Pick<RateCounterRepository, 'consume'>;
  /** Called when news about a spend fails; the request itself is still answered. */
  readonly onTouchError?: (error: unknown) => void;
}

export type Metered =
  | {
      readonly allowed: true;
      /** The token's balance after this request, when it has credits. */
      readonly creditsRemaining?: number;
      /** The identity's balance after this request, when it has credits. */
      readonly identityCreditsRemaining?: number;
    }
  | {
      readonly allowed: false;
      readonly code: 'RATE_LIMITED' | 'USAGE_EXCEEDED';
      /** Until the window resets, or the credits refill (absent: they never do). */
      readonly retryAfterSeconds?: number;
    };

/** A token's or an identity's limits, in the order they are counted. */
interface Limited {
  readonly key: string;
  readonly rateLimit: RateLimit | undefined;
  readonly creditsRemaining: number | undefined;
  readonly holder: () => CreditHolder;
}

const limitsOf = (token: TokenRecord, identity: IdentityRecord | undefined): Limited[] => {
  const limits: Limited[] = [
    {
      key: token.tokenId,
      rateLimit: token.rateLimit,
      creditsRemaining: token.creditsRemaining,
      holder: () => creditHolderOfToken(token),
    },
  ];
  if (identity !== undefined) {
    limits.push({
      key: identityKeyOf(identity.identityId),
      rateLimit: identity.rateLimit,
      creditsRemaining: identity.creditsRemaining,
      holder: () => creditHolderOfIdentity(identity),
    });
  }
  return limits;
};

const UNMETERED: Metered = { allowed: true };

export const meter = async (
  deps: MeteringDependencies,
  token: TokenRecord,
  identity: IdentityRecord | undefined,
  request: { readonly method?: string | undefined; readonly path?: string | undefined },
  now: Date,
): Promise<Metered> => {
  // The common case — no limit anywhere — costs no allocation on the hot path.
  if (identity === undefined && token.rateLimit === undefined && token.creditsRemaining === undefined)
    return UNMETERED;
  const limits = limitsOf(token, identity);
  const nowMs = now.getTime();
  for (const { key, rateLimit } of limits) {
    if (rateLimit === undefined) continue;
    if (deps.rateCounter === undefined)
      throw new Error('A rate counter is required to verify rate-limited tokens.');
    const window = rateWindowOf(key, rateLimit, nowMs);
    if (!(await deps.rateCounter.consume(window))) {
      return { allowed: false, code: 'RATE_LIMITED', retryAfterSeconds: retryAfterSeconds(window, nowMs) };
    }
  }
  const remaining: number[] = [];
  // One route match for the cost, however many balances it is spent from.
  const cost = costOf(deps, request);
  for (const limit of limits) {
    if (limit.creditsRemaining === undefined) continue;
    const holder = limit.holder();
    const spend = await spendCredits(deps, holder, cost, now, token.tokenId);
    if (!spend.spent) return { allowed: false, code: 'USAGE_EXCEEDED', ...untilRefill(holder, now) };
    if (spend.remaining !== undefined) remaining[limits.indexOf(limit)] = spend.remaining;
  }
  const [tokenCredits, identityCredits] = remaining;
  return {
    allowed: true,
    ...(tokenCredits === undefined ? {} : { creditsRemaining: tokenCredits }),
    ...(identityCredits === undefined ? {} : { identityCreditsRemaining: identityCredits }),
  };
};

/** What a request costs: its route's cost when it names one, else 1. */
const costOf = (
  deps: MeteringDependencies,
  { method, path }: { readonly method?: string | undefined; readonly path?: string | undefined },
): number =>
  method === undefined || path === undefined || deps.policy === undefined
    ? CREDIT_BOUNDS.defaultCost
    : deps.policy.costOf(method, path);

const spendCredits = async (
  deps: MeteringDependencies,
  holder: CreditHolder,
  cost: number,
  now: Date,
  keyId: string,
): Promise<CreditSpend> => {
  if (deps.credits === undefined)
    throw new Error('A credit store is required to verify tokens with credits.');
  const spend = await deps.credits.spend(holder, cost, now);
  try {
    await deps.creditNotices?.afterSpend(holder, spend, { keyId });
  } catch (error) {
    // The notice is news, not a decision: a failure to send it never changes the answer.
    deps.onTouchError?.(error);
  }
  return spend;
};

const untilRefill = (holder: CreditHolder, now: Date): { readonly retryAfterSeconds?: number } => {
  if (holder.creditsRefill === undefined) return {};
  const untilMs = nextCreditRefillAt(holder.creditsRefill, now).getTime() - now.getTime();
  return { retryAfterSeconds: Math.max(1, Math.ceil(untilMs / 1_000)) };
};
