import { auditEvent } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import { ConflictError } from '../../domain/errors.js';
import { isPastEndOfLife, retentionTtl } from '../../domain/lifecycle.js';
import { auditScopeOfToken, auditTargetOfToken, type TokenRecord } from '../../domain/token.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { RevealableValues } from './revealable-values.js';

/** Where expiry news goes beyond the audit log: EventBridge on AWS, the server log locally. */
export interface ExpiryNotifier {
  expiring(token: TokenRecord, daysLeft: number, endsAt: string): Promise<void>;
  expired(token: TokenRecord): Promise<void>;
}

export interface TokenExpiryDependencies {
  readonly tokens: Pick<TokenRepository, 'allOfOwner' | 'endWithOwnerCounter'>;
  readonly events: Pick<AuditRepository, 'putStep'>;
  readonly clock: Clock;
  readonly notifier: Pick<ExpiryNotifier, 'expired'>;
  /** Drops the kept value of a token it expires (where its tenant keeps values to show again). */
  readonly revealableValues?: Pick<RevealableValues, 'forgetSteps'>;
}

/**
 * Ends a token's life: one transaction (status, owner counter, audit event, kept value) conditioned on the
 * token still being active — and, from a sweep, still in the shard — so a revoke or a use that moved its
 * end in the meantime wins. The sweeper expires through it, and so does a create at the owner's limit,
 * which needs none of the sweeper's index, notices or mail.
 */
export class TokenExpiry {
  public constructor(private readonly deps: TokenExpiryDependencies) {}

  /**
   * Expires an owner's tokens that are past their end, whether or not the sweeper got to them yet; used
   * when the owner is at its limit so a site with stale tokens can create a new one at once.
   */
  public async expireDueTokensOf(ownerKey: string): Promise<number> {
    const now = this.deps.clock.now();
    let expired = 0;
    for (const token of await this.deps.tokens.allOfOwner(ownerKey)) {
      if (token.status === 'active' && isPastEndOfLife(token, now) && (await this.expire(token, now)))
        expired += 1;
    }
    return expired;
  }

  /** Whether this call expired the token (false: something else ended or renewed it first). */
  public async expire(token: TokenRecord, now: Date, shard?: string): Promise<boolean> {
    try {
      await this.deps.tokens.endWithOwnerCounter(
        token,
        {
          status: 'expired',
          at: now.toISOString(),
          ttl: retentionTtl(now),
          ...(shard === undefined ? {} : { stillInShard: shard }),
        },
        [
          this.deps.events.putStep(
            auditEvent(now, auditScopeOfToken(token), 'token.expired', auditTargetOfToken(token), {}),
          ),
          // A value kept to be shown again goes with the token's life.
          ...(this.deps.revealableValues?.forgetSteps(auditScopeOfToken(token), token) ?? []),
        ],
      );
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
    await this.deps.notifier.expired(token);
    return true;
  }
}
