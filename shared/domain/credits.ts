/**
 * Credits: a number of allowed verifications a token may spend, optionally refilled every day or month.
 * The balance lives on the token item and is spent by one conditional write per allowed verification, so
 * the count is exact however many verifiers race. Refills happen lazily, at the first spend of a new
 * period, exactly once: the write that refills is conditional on the period it replaces.
 */

import { ValidationError } from './errors.js';

export const CREDIT_INTERVALS = ['daily', 'monthly'] as const;
export type CreditInterval = (typeof CREDIT_INTERVALS)[number];

export interface CreditRefill {
  readonly amount: number;
  readonly interval: CreditInterval;
  /** For monthly refills: the day of the month a period starts (1–28, so every month has it). @default 1 */
  readonly dayOfMonth?: number;
}

/** The credit attributes of whatever holds credits (a token's or an identity's item). */
export interface CreditAttributes {
  /** Allowed verifications left. */
  readonly creditsRemaining?: number;
  readonly creditsRefill?: CreditRefill;
  /** The refill period the balance is for (see `creditPeriodOf`). */
  readonly creditsPeriod?: string;
  /** The last grant — the balance set, a refill or a top-up — that the low threshold is a share of. */
  readonly creditsGrant?: number;
  /** What the last low-credits notice was for (see `creditsLowNoticeKey`). */
  readonly creditsLowNotice?: string;
}

export const CREDIT_BOUNDS = {
  remaining: { min: 0, max: 1_000_000_000 },
  amount: { min: 1, max: 1_000_000_000 },
  dayOfMonth: { min: 1, max: 28 },
  /** What one verification costs unless the route policy names another cost. */
  defaultCost: 1,
  /** Credits are low below this share of the last grant (the set balance, a refill or a top-up). */
  lowShare: 0.1,
} as const;

/** Below how many credits a grant counts as running low. */
export const creditsLowThreshold = (grant: number): number => Math.ceil(grant * CREDIT_BOUNDS.lowShare);

/**
 * What a low-credits notice is announced once for: the refill period, or — without a refill — the grant,
 * whose top-up or new balance clears the notice.
 */
export const creditsLowNoticeKey = (refill: CreditRefill | undefined, now: Date): string =>
  refill === undefined ? 'grant' : creditPeriodOf(refill, now);

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The period a moment falls in, as a key that changes exactly when a refill is due: the UTC day for daily
 * refills; for monthly ones, the month whose `dayOfMonth` (UTC midnight) most recently passed.
 */
export const creditPeriodOf = (refill: CreditRefill, now: Date): string => {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  if (refill.interval === 'daily') return `${year}-${pad(month + 1)}-${pad(now.getUTCDate())}`;
  const day = refill.dayOfMonth ?? 1;
  // Before this month's refill day, the period is the one that started last month.
  const started =
    now.getUTCDate() >= day ? new Date(Date.UTC(year, month, day)) : new Date(Date.UTC(year, month - 1, day));
  return `${started.getUTCFullYear()}-${pad(started.getUTCMonth() + 1)}@${day}`;
};

/** When the period `now` falls in ends: the next refill. */
export const nextCreditRefillAt = (refill: CreditRefill, now: Date): Date => {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  if (refill.interval === 'daily') return new Date(Date.UTC(year, month, now.getUTCDate() + 1));
  const day = refill.dayOfMonth ?? 1;
  return now.getUTCDate() >= day
    ? new Date(Date.UTC(year, month + 1, day))
    : new Date(Date.UTC(year, month, day));
};

/** What a spend decided: the balance after it, or that the token has not enough credits left for the cost. */
export interface CreditSpend {
  readonly spent: boolean;
  /** The balance after the spend; `undefined` when the token has no credits (removed since it was read). */
  readonly remaining?: number;
  /** The grant the balance comes from, when this spend refilled it. */
  readonly refilledTo?: number;
}

/** What a token's credits look like now: a refill that is due counts as done (the next spend will do it). */
export const creditBalanceOf = (
  credits: {
    readonly creditsRemaining?: number;
    readonly creditsRefill?: CreditRefill;
    readonly creditsPeriod?: string;
  },
  now: Date,
): { readonly remaining: number; readonly refill: CreditRefill | null } | null => {
  const { creditsRemaining, creditsRefill } = credits;
  if (creditsRemaining === undefined) return null;
  if (creditsRefill === undefined) return { remaining: creditsRemaining, refill: null };
  const due = credits.creditsPeriod !== creditPeriodOf(creditsRefill, now);
  return { remaining: due ? creditsRefill.amount : creditsRemaining, refill: creditsRefill };
};

/** Credits to set: a balance, optionally refilled. */
export interface CreditsSetting {
  readonly remaining: number;
  readonly refill?: CreditRefill | undefined;
}

/** A change of credits: new ones, or an atomic top-up. */
export type CreditsChange = CreditsSetting | { readonly add: number };

/** Whether a change adds to the balance rather than setting it. */
export const isTopUp = (change: CreditsChange | null | undefined): change is { readonly add: number } =>
  change !== undefined && change !== null && 'add' in change;

/**
 * A change of a holder's credits (a token's or an identity's) as attribute changes (`undefined` removes) and
 * atomic increments. A top-up adds to whatever the balance is when the write lands, so racing top-ups all
 * count. Any change is a new grant — the amount the low threshold is a share of — so a low-credits notice of
 * the old one no longer applies.
 */
export const creditChangeOf = (
  change: CreditsChange | null,
  now: Date,
): {
  readonly changes: Readonly<Record<string, unknown>>;
  readonly increments: Readonly<Record<string, number>>;
} => {
  const cleared = { creditsLowNotice: undefined };
  if (isTopUp(change)) {
    return {
      changes: { ...cleared, creditsGrant: change.add },
      increments: { creditsRemaining: change.add },
    };
  }
  if (change === null) {
    const removed = { creditsRemaining: undefined, creditsRefill: undefined, creditsPeriod: undefined };
    return { changes: { ...cleared, ...removed, creditsGrant: undefined }, increments: {} };
  }
  const { remaining, refill } = change;
  return {
    changes: {
      ...cleared,
      creditsRemaining: remaining,
      creditsRefill: refill,
      creditsPeriod: refill === undefined ? undefined : creditPeriodOf(refill, now),
      creditsGrant: remaining,
    },
    increments: {},
  };
};

/**
 * A holder's credits change as an update of that holder (a token or an identity, named by `holder`): what to
 * write and add (`creditChangeOf`), and the balance to answer — the balance as read plus a top-up, since spends
 * and top-ups that raced it are in the store, not here. A top-up of a holder without credits is refused.
 */
export const creditUpdateOf = (
  change: CreditsChange | null | undefined,
  current: { readonly creditsRemaining?: number },
  holder: 'token' | 'identity',
  now: Date,
): {
  readonly changes: Readonly<Record<string, unknown>>;
  readonly increments?: Readonly<Record<string, number>>;
  readonly answered: { readonly creditsRemaining?: number };
} => {
  if (change === undefined) return { changes: {}, answered: {} };
  if (isTopUp(change) && current.creditsRemaining === undefined) {
    throw ValidationError.forField(
      'credits.add',
      `the ${holder} has no credits to add to; set \`remaining\` first`,
    );
  }
  return {
    ...creditChangeOf(change, now),
    answered: isTopUp(change) ? { creditsRemaining: (current.creditsRemaining ?? 0) + change.add } : {},
  };
};
