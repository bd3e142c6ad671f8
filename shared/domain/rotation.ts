import { addSeconds } from './clock.js';
import type { RotatedSecret, TokenRecord } from './token.js';

/**
 * Rotation rules, shared by regenerate (an admin issues a new value) and self-rotation (the token asks
 * for its own successor). A rotated-out value that is presented well after its grace period has been copied
 * somewhere it should not be, or the attacker is racing the owner: GitLab's answer, and Keyward's where the
 * token policy turns it on, is to revoke the whole token (reuse detection).
 */

/**
 * How many replaced secrets a token remembers: each keeps working until its own grace ends (a second
 * rotation during a first one's grace does not cut the first value off), and is known for reuse detection.
 */
export const ROTATED_OUT_KEPT = 5;

/**
 * A replaced value presented this soon after its grace ended is late traffic — a request that was in flight,
 * or a client that had not yet read the new value — and is refused like an unknown value, not taken as reuse
 * (GitLab narrowed its reuse detection the same way after a plain regenerate revoked tokens in production).
 */
export const REUSE_SETTLE_SECONDS = 30;

export const GRACE_PERIOD_BOUNDS = { min: 0, max: 86_400 } as const;

export const SELF_ROTATION = {
  /** Seconds the old value stays valid after a self-rotation, unless the caller asks otherwise. */
  defaultGraceSeconds: 300,
  maxGraceSeconds: 3_600,
  /** A token may rotate itself once per this many seconds. */
  minIntervalSeconds: 60,
} as const;

/**
 * A rotation is stamped just before its transaction commits, so a request that arrived shortly before the
 * commit can read the winner's secret and look sequential. Rotations of one token less than this far
 * apart are treated as concurrent: the later one fails with `token_changed` (retrying is safe).
 */
export const ROTATION_SETTLE_MS = 1_000;

/** The `rotatedAt` a rotation requested at `receivedAt` requires to be older than. */
export const rotationConflictBoundary = (receivedAt: Date): string =>
  new Date(receivedAt.getTime() - ROTATION_SETTLE_MS).toISOString();

/** `rotatedBy` of a self-rotation (otherwise it holds the principal id). */
export const SELF_ROTATED_BY = 'self';

/** What a regenerate stores besides the new hash: the old one's grace window and the reuse list. */
export interface Succession {
  readonly previous?: RotatedSecret;
  readonly rotatedOut: readonly RotatedSecret[];
}

/** The old secret ends at `now + grace`; with no grace it ends at once and is no longer `previous`. */
export const successionOf = (
  token: Pick<TokenRecord, 'hash' | 'pepperVersion' | 'rotatedOut'>,
  now: Date,
  gracePeriodSeconds: number,
): Succession => {
  const replaced: RotatedSecret = {
    hash: token.hash,
    pepperVersion: token.pepperVersion,
    until: addSeconds(now, gracePeriodSeconds).toISOString(),
  };
  return {
    ...(gracePeriodSeconds > 0 ? { previous: replaced } : {}),
    rotatedOut: [replaced, ...(token.rotatedOut ?? [])].slice(0, ROTATED_OUT_KEPT),
  };
};

/** Replaced secrets still in their own grace at `nowMs`: each opens the token like the current one. */
export const inGraceSecretsOf = (token: Pick<TokenRecord, 'rotatedOut'>, nowMs: number): RotatedSecret[] =>
  (token.rotatedOut ?? []).filter((secret) => Date.parse(secret.until) > nowMs);

/** Replaced secrets whose grace and settle window are over at `nowMs`: presenting one of these is reuse. */
export const endedSecretsOf = (token: Pick<TokenRecord, 'rotatedOut'>, nowMs: number): RotatedSecret[] =>
  (token.rotatedOut ?? []).filter(
    (secret) => Date.parse(secret.until) + REUSE_SETTLE_SECONDS * 1_000 <= nowMs,
  );

/** Seconds until a token may rotate itself again (0: now). */
export const selfRotationWaitSeconds = (token: Pick<TokenRecord, 'rotatedAt' | 'rotatedBy'>, now: Date) => {
  if (token.rotatedBy !== SELF_ROTATED_BY || token.rotatedAt === undefined) return 0;
  const nextMs = Date.parse(token.rotatedAt) + SELF_ROTATION.minIntervalSeconds * 1_000;
  return Math.max(0, Math.ceil((nextMs - now.getTime()) / 1_000));
};
