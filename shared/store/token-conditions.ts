import { ConflictError } from '../domain/errors.js';

/**
 * The conditions of token writes, as named parts: each transaction's condition reads as the rules it
 * enforces (`${tokenBelongsToOwner} AND ${tokenIsActive}`), and each rule says here why it exists.
 * Placeholders they use: `#status` → `status`, `#hash` → `hash`; values `:ownerKey`, `:active` ('active'),
 * `:readHash`, `:settled`, `:shard`, `:days`, `:notBefore`, `:max`.
 */

/** A create never overwrites: token ids are random, so a collision is a bug to surface, not to paper over. */
export const tokenIsNew = 'attribute_not_exists(tokenId)';

/** A write names the owner it was authorised for: a token id from another owner's URL changes nothing. */
export const tokenBelongsToOwner = 'ownerKey = :ownerKey';

/** Revoked and expired tokens are final: no update, rotation or second end may touch them. */
export const tokenIsActive = '#status = :active';

/**
 * A rotation replaces only the secret it read, and only if no rotation landed around the time its request
 * arrived (`ROTATION_SETTLE_MS`): of concurrent regenerates exactly one wins, even when a slower one reads
 * the token after the winner committed.
 */
export const secretUnchanged =
  '#hash = :readHash AND (attribute_not_exists(rotatedAt) OR rotatedAt < :settled)';

/** The sweeper expires a token only while it is still due: a use since the index was read moved its end. */
export const tokenStillInShard = 'sweepShard = :shard';

/** An expiry notice goes out once per threshold, however many sweeper runs see the token. */
export const noticeNotSent = '(attribute_not_exists(noticesSent) OR NOT contains(noticesSent, :days))';

/** A use is written at most once per touch window: a hot token costs one write per window, not per request. */
export const notUsedSince = '(attribute_not_exists(lastUsedAt) OR lastUsedAt < :notBefore)';

/** An owner's active tokens stay under the kind's limit, checked in the same transaction as the create. */
export const counterBelowLimit = 'attribute_not_exists(activeTokens) OR activeTokens < :max';

/** A counter never goes below zero, even if a slot is freed twice by racing ends. */
export const counterAboveZero = 'activeTokens > :zero';

/** What a write on a token that is no longer active answers. */
export const tokenNotActive = (tokenId: string): Error =>
  new ConflictError(`Token ${tokenId} is not active (it was revoked or has expired).`, 'token_not_active');

/** True for the error DynamoDB answers a failed condition of a single (non-transactional) write with. */
export const isConditionFailure = (error: unknown): boolean =>
  (error as Error).name === 'ConditionalCheckFailedException';
