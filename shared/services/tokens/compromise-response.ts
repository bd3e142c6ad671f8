import { type AuditAction, auditEvent, type RequestOrigin } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import { ConflictError } from '../../domain/errors.js';
import { retentionTtl } from '../../domain/lifecycle.js';
import { auditScopeOfToken, auditTargetOfToken, type TokenRecord } from '../../domain/token.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { TokenPolicyRepository } from '../../store/token-policy-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { ReuseResponse } from '../../verify/verify-token.js';

/** Why a token was revoked without anyone asking for it. */
export type Compromise = 'leaked' | 'reuse_detected';

/** Where compromise news goes beyond the audit log: EventBridge on AWS, the server log locally. */
export interface CompromiseNotifier {
  compromised(
    token: TokenRecord,
    compromise: Compromise,
    details: Readonly<Record<string, string>>,
  ): Promise<void>;
}

export interface CompromiseResponseDependencies {
  readonly tokens: Pick<TokenRepository, 'endWithOwnerCounter'>;
  readonly events: Pick<AuditRepository, 'putStep'>;
  readonly policies: Pick<TokenPolicyRepository, 'reuseDetectionEnabled'>;
  readonly clock: Clock;
  readonly notifier?: CompromiseNotifier;
  /** The revocation stands when the news cannot be sent; this hears about it. */
  readonly onNotifyError?: (error: unknown) => void;
}

const RESPONSES: Readonly<
  Record<Compromise, { readonly action: AuditAction; readonly markedAs: 'leakedAt' | 'reuseDetectedAt' }>
> = {
  leaked: { action: 'token.leaked', markedAs: 'leakedAt' },
  reuse_detected: { action: 'token.reuse_detected', markedAs: 'reuseDetectedAt' },
};

/**
 * Revokes tokens whose value got out: reported in a leak report, or a rotated-out value presented again.
 * Each revocation is the ordinary one transaction (status, owner counter, change feed) with its own audit
 * action, so every verifier refuses the token within the revocation bound.
 */
export class CompromiseResponse implements ReuseResponse {
  public constructor(private readonly deps: CompromiseResponseDependencies) {}

  /** Revokes a token whose current value was reported; `false` if it was no longer active. */
  public revokeLeaked(
    token: TokenRecord,
    origin: RequestOrigin,
    details: Readonly<Record<string, string>>,
  ): Promise<boolean> {
    return this.#revoke(token, 'leaked', origin, details);
  }

  /**
   * A rotated-out value was presented past its grace and settle window: revokes the whole token where its
   * workspace or project turned reuse detection on. `true` when the token is (now) revoked.
   */
  public async reuseDetected(token: TokenRecord, origin: RequestOrigin): Promise<boolean> {
    if (!(await this.deps.policies.reuseDetectionEnabled(auditScopeOfToken(token)))) return false;
    await this.#revoke(token, 'reuse_detected', origin, {});
    return true;
  }

  async #revoke(
    token: TokenRecord,
    compromise: Compromise,
    origin: RequestOrigin,
    details: Readonly<Record<string, string>>,
  ): Promise<boolean> {
    const now = this.deps.clock.now();
    const { action, markedAs } = RESPONSES[compromise];
    const target = auditTargetOfToken(token);
    const event = auditEvent(now, auditScopeOfToken(token), action, target, origin, undefined, details);
    try {
      await this.deps.tokens.endWithOwnerCounter(
        token,
        { status: 'revoked', at: now.toISOString(), ttl: retentionTtl(now), markedAs },
        this.deps.events.putStep(event),
      );
    } catch (error) {
      // Already revoked or expired: the value stopped working anyway.
      if (error instanceof ConflictError) return false;
      throw error;
    }
    try {
      await this.deps.notifier?.compromised(token, compromise, details);
    } catch (error) {
      this.deps.onNotifyError?.(error);
    }
    return true;
  }
}
