import { addDays, toEpochSeconds } from './clock.js';
import type { TokenKindDefinition } from './kinds.js';

/**
 * When a token's life ends and how its item expires. DynamoDB TTL only tidies up storage (it can run days
 * late), so every decision about validity is made here, from the item's dates and the clock.
 */

/** Expired and revoked tokens stay listable this long before TTL removes the item. */
export const RETENTION_DAYS = 30;
/** Shards per sweep day, so one busy day does not become one hot index partition. */
export const SWEEP_SHARDS = 16;

export interface LifeDates {
  /** Last accepted use plus the kind's inactivity window; absent for kinds that ignore use. */
  readonly staleAt?: string;
  /** Fixed end chosen at creation (API token lifespans, admin key expiry). */
  readonly expiresAt?: string;
}

export interface ExpiryAttributes extends LifeDates {
  /** `YYYY-MM-DD#n` of the end of life; only tokens that can expire carry it (sparse index). */
  readonly sweepShard?: string;
  /** Epoch seconds at which DynamoDB may delete the item. */
  readonly ttl?: number;
}

export const staleAtFor = (kind: TokenKindDefinition, lastActivity: Date): string | undefined =>
  kind.inactivityDays === null ? undefined : addDays(lastActivity, kind.inactivityDays).toISOString();

export const endOfLife = ({ staleAt, expiresAt }: LifeDates): string | undefined => {
  if (staleAt === undefined) return expiresAt;
  if (expiresAt === undefined) return staleAt;
  return staleAt < expiresAt ? staleAt : expiresAt;
};

export const sweepShardOf = (tokenId: string, end: string): string =>
  `${end.slice(0, 10)}#${Number.parseInt(tokenId.slice(-4), 16) % SWEEP_SHARDS}`;

export const retentionTtl = (from: Date): number => toEpochSeconds(addDays(from, RETENTION_DAYS));

/** The expiry-related attributes of an active token whose last activity (or creation) was `lastActivity`. */
export const expiryAttributes = (
  kind: TokenKindDefinition,
  tokenId: string,
  lastActivity: Date,
  expiresAt: string | undefined,
): ExpiryAttributes => {
  const staleAt = staleAtFor(kind, lastActivity);
  const end = endOfLife({ staleAt, expiresAt });
  if (end === undefined) return {};
  return {
    ...(staleAt === undefined ? {} : { staleAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    sweepShard: sweepShardOf(tokenId, end),
    ttl: retentionTtl(new Date(end)),
  };
};

/** `now` may be given as its ISO string: verification formats the time once and compares strings. */
export const isPastEndOfLife = (dates: LifeDates, now: Date | string): boolean => {
  const end = endOfLife(dates);
  return end !== undefined && end <= (typeof now === 'string' ? now : now.toISOString());
};

/** Days before a token's end at which an expiring-soon notice goes out (audit, event, webhooks), once each. */
export const EXPIRY_NOTICE_DAYS: readonly number[] = [60, 30, 7, 1];
