import type { Clock } from '../../domain/clock.js';
import { NotFoundError } from '../../domain/errors.js';
import { tokenPermission } from '../../domain/roles.js';
import { auditTargetOfToken, effectiveStatus } from '../../domain/token.js';
import type { RateCounterRepository } from '../../store/rate-counter-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { AccessPolicy, ResolvedResource } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import { consumeQuota } from '../directory/request-quota.js';
import { findOwnedToken, type TokenOwner } from './owned-token.js';
import type { RevealableValues } from './revealable-values.js';

/** Values one principal may see again per hour: enough to recover a few, too few to harvest a tenant's. */
export const REVEALS_PER_HOUR = 20;

export interface TokenRevealDependencies {
  readonly tokens: Pick<TokenRepository, 'get'>;
  readonly revealableValues: Pick<RevealableValues, 'open'>;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly rateCounter: Pick<RateCounterRepository, 'consume'>;
  readonly clock: Clock;
}

export interface RevealedToken {
  readonly id: string;
  readonly token: string;
}

/**
 * Shows a kept token value again (`POST …/tokens/{tokenId}/reveal`): only with the `reveal` permission (admins
 * by default), at most REVEALS_PER_HOUR a principal, each one audited (`token.revealed`) before the value
 * leaves. A token with no kept value — made while the setting was off, or kept values deleted since — and a
 * token no longer active answer 404, like an unknown one.
 */
export class TokenReveal {
  public constructor(private readonly deps: TokenRevealDependencies) {}

  public async reveal(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    tokenId: string,
  ): Promise<RevealedToken> {
    const resource = await this.deps.access.authorize(
      actor,
      owner.kind.ownerType as ResolvedResource['type'],
      owner.ownerId,
      tokenPermission(owner.kind.permissionNamespace, 'reveal'),
    );
    await consumeQuota(
      this.deps.rateCounter,
      this.deps.clock,
      `reveals#${actor.principalId}`,
      { limit: REVEALS_PER_HOUR, windowSeconds: 3_600 },
      `At most ${REVEALS_PER_HOUR} token values may be shown again per hour; retry later.`,
    );
    const token = await findOwnedToken(this.deps.tokens, owner, tokenId);
    const value =
      effectiveStatus(token, this.deps.clock.now()) === 'active'
        ? await this.deps.revealableValues.open(resource.auditScope, tokenId)
        : undefined;
    if (value === undefined) {
      throw new NotFoundError(
        `Token ${tokenId} has no value kept to show again: it was made while revealable was off, or kept values were deleted since.`,
      );
    }
    await this.deps.audit.recordNow(
      resource.auditScope,
      'token.revealed',
      auditTargetOfToken(token),
      actor,
      meta,
    );
    return { id: token.tokenId, token: value };
  }
}
