import type { KeyProvider } from '../../crypto/key-provider.js';
import { hashSecret } from '../../crypto/token-hasher.js';
import type { Clock } from '../../domain/clock.js';
import { ConflictError, PermissionDeniedError, TooManyRequestsError } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import {
  ROTATION_SETTLE_MS,
  rotationConflictBoundary,
  SELF_ROTATED_BY,
  SELF_ROTATION,
  selfRotationWaitSeconds,
  successionOf,
} from '../../domain/rotation.js';
import { auditScopeOfToken, auditTargetOfToken, type TokenRecord } from '../../domain/token.js';
import { issueToken } from '../../domain/token-format.js';
import { type TokenRepository, tokenNotActive } from '../../store/token-repository.js';
import type { TransactionStep } from '../../store/transact.js';
import type { RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import type { RevealableValues } from './revealable-values.js';
import { type IssuedTokenView, toTokenView } from './token-view.js';

export interface RotationDependencies {
  readonly tokens: Pick<TokenRepository, 'replaceSecret' | 'get'>;
  /** Keeps the new value sealed where the token's tenant keeps values to show again. */
  readonly revealableValues: Pick<RevealableValues, 'keepSteps'>;
  readonly keys: KeyProvider;
  readonly clock: Clock;
}

export interface SelfRotationDependencies extends RotationDependencies {
  readonly audit: AuditTrail;
  /** The token behind a presented value, if that value is its current secret and the token verifies. */
  readonly selfAuthentication: (presented: string) => Promise<TokenRecord>;
}

/** When the request arrived: rotations that other requests committed after it make this one fail. */
export const receivedAtOf = (meta: RequestMeta, clock: Clock): Date =>
  meta.receivedAt === undefined ? clock.now() : new Date(meta.receivedAt);

/**
 * A new secret for a token — regenerate and self-rotation alike — conditional on the secret it was read
 * with and on no other rotation within ROTATION_SETTLE_MS, so of racing rotations exactly one wins and no
 * caller is handed a value that does not work.
 */
export const rotateSecret = async (
  deps: RotationDependencies,
  token: TokenRecord,
  gracePeriodSeconds: number,
  rotatedBy: string,
  audit: TransactionStep,
  requestedAt: Date,
): Promise<IssuedTokenView> => {
  const now = deps.clock.now();
  const issued = issueToken(tokenKinds[token.kind].prefixCode, token.tokenId);
  const secretHash = await hashSecret(deps.keys, issued.secret);
  const succession = successionOf(token, now, gracePeriodSeconds);
  try {
    await deps.tokens.replaceSecret(
      token,
      {
        ...secretHash,
        start: issued.start,
        ...succession,
        rotatedBy,
        conflictsWithRotationsAfter: rotationConflictBoundary(requestedAt),
      },
      now.toISOString(),
      [audit, ...(await deps.revealableValues.keepSteps(auditScopeOfToken(token), token, issued.value))],
    );
  } catch (error) {
    // The condition also fails for a token revoked meanwhile: say which, as revoke would.
    if (error instanceof ConflictError && error.code === 'token_changed') {
      const current = await deps.tokens.get(token.tokenId);
      if (current?.status !== 'active') throw tokenNotActive(token.tokenId);
      // Rotations less than ROTATION_SETTLE_MS apart cannot be told from concurrent ones: a second later,
      // a rotation of the current value succeeds.
      throw new ConflictError(
        `Token ${token.tokenId} was rotated by another request, or less than a second ago; read it again and retry.`,
        'token_changed',
        { headers: { 'retry-after': String(Math.ceil(ROTATION_SETTLE_MS / 1_000)) } },
      );
    }
    throw error;
  }
  const updated: TokenRecord = {
    ...token,
    start: issued.start,
    updatedAt: now.toISOString(),
    rotatedAt: now.toISOString(),
    rotatedBy,
  };
  return { ...toTokenView(updated, now), token: issued.value };
};

/**
 * A token asks for its own successor (`POST /v1/tokens/self/rotate`): same id, scopes and restrictions,
 * a new value; the presented one stays valid for the grace period. Only the current value may ask, and
 * at most once a minute, so a leaked value cannot keep rotating the token away from its owner.
 */
export const rotateOwnSecret = async (
  deps: SelfRotationDependencies,
  presented: string,
  meta: RequestMeta,
  options: { readonly gracePeriodSeconds: number },
): Promise<IssuedTokenView> => {
  const requestedAt = receivedAtOf(meta, deps.clock);
  const token = await deps.selfAuthentication(presented);
  const kind = tokenKinds[token.kind];
  if (!kind.selfRotatable) throw new PermissionDeniedError(`A ${kind.label} cannot rotate itself.`);
  const waitSeconds = selfRotationWaitSeconds(token, deps.clock.now());
  if (waitSeconds > 0) {
    throw new TooManyRequestsError(
      `This token rotated itself less than ${SELF_ROTATION.minIntervalSeconds} seconds ago.`,
      waitSeconds,
      'self_rotation_too_frequent',
    );
  }
  const audit = deps.audit.record(
    auditScopeOfToken(token),
    'token.self_rotated',
    auditTargetOfToken(token),
    undefined,
    meta,
  );
  return rotateSecret(deps, token, options.gracePeriodSeconds, SELF_ROTATED_BY, audit, requestedAt);
};
