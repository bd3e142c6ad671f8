import type { KeyProvider } from '../crypto/key-provider.js';
import { secretMatches } from '../crypto/token-hasher.js';
import { addSeconds, type Clock } from '../domain/clock.js';
import { kindOfPrefix, tokenKinds } from '../domain/kinds.js';
import { expiryAttributes } from '../domain/lifecycle.js';
import { effectiveStatus, type TokenRecord } from '../domain/token.js';
import { parseToken } from '../domain/token-format.js';
import type { VerificationResult, VerifiedToken } from './outcome.js';

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
  /** Called when recording a use fails; the request itself is still answered. */
  readonly onTouchError?: (error: unknown) => void;
}

export const DEFAULT_TOUCH_INTERVAL_SECONDS = 3_600;

export const verifiedTokenOf = (token: TokenRecord): VerifiedToken => ({
  id: token.tokenId,
  kind: token.kind,
  ownerType: token.ownerType,
  ownerId: token.ownerId,
  ...(token.workspaceId === undefined ? {} : { workspaceId: token.workspaceId }),
  scopes: token.scopes ?? null,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt ?? null,
  expiresAt: token.expiresAt ?? null,
  staleAt: token.staleAt ?? null,
});

/** The current secret, or the previous one during a regenerate's grace period. */
const presentedSecretMatches = async (keys: KeyProvider, secret: string, token: TokenRecord, now: Date) => {
  if (await secretMatches(keys, secret, token)) return true;
  const { previousHash, previousPepperVersion, previousHashUntil } = token;
  if (previousHash === undefined || previousPepperVersion === undefined || previousHashUntil === undefined)
    return false;
  return (
    previousHashUntil > now.toISOString() &&
    secretMatches(keys, secret, { hash: previousHash, pepperVersion: previousPepperVersion })
  );
};

/**
 * Verifies a presented token string. Denials are values (`valid: false` with a code); only infrastructure
 * faults throw, and callers must treat a throw as a denial (fail closed).
 */
export const verifyToken = async (
  deps: VerificationDependencies,
  presented: string,
): Promise<VerificationResult> => {
  /** Shape and checksum: garbage never costs a database read. */
  const parsed = parseToken(presented);
  if (parsed === undefined) return { valid: false, code: 'MALFORMED' };

  /** Lookup and secret: an unknown id and a wrong secret are indistinguishable. */
  const token = await deps.store.get(parsed.tokenId);
  const now = deps.clock.now();
  if (token === undefined || token.kind !== kindOfPrefix(parsed.prefixCode).kind)
    return { valid: false, code: 'NOT_FOUND' };
  if (!(await presentedSecretMatches(deps.keys, parsed.secret, token, now)))
    return { valid: false, code: 'NOT_FOUND' };

  /** Lifecycle: decided from the item's dates and the clock, never from TTL having deleted it. */
  const verified = verifiedTokenOf(token);
  const status = effectiveStatus(token, now);
  if (status === 'revoked') return { valid: false, code: 'REVOKED', token: verified };
  if (status === 'expired') return { valid: false, code: 'EXPIRED', token: verified };
  if (token.disabled === true) return { valid: false, code: 'DISABLED', token: verified };

  await recordUse(deps, token, now);
  return { valid: true, code: 'VALID', token: verified };
};

/** Moves lastUsedAt and the inactivity expiry forward, at most once per touch interval. */
const recordUse = async (deps: VerificationDependencies, token: TokenRecord, now: Date): Promise<void> => {
  const notBefore = addSeconds(now, -deps.touchIntervalSeconds).toISOString();
  if (token.lastUsedAt !== undefined && token.lastUsedAt >= notBefore) return;
  try {
    const { staleAt, sweepShard, ttl } = expiryAttributes(
      tokenKinds[token.kind],
      token.tokenId,
      now,
      token.expiresAt,
    );
    await deps.store.touch(token.tokenId, now.toISOString(), notBefore, {
      ...(staleAt === undefined ? {} : { staleAt }),
      ...(sweepShard === undefined ? {} : { sweepShard }),
      ...(ttl === undefined ? {} : { ttl }),
    });
  } catch (error) {
    deps.onTouchError?.(error);
  }
};
