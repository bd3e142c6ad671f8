import { type AuditTarget, auditEvent, type RequestOrigin } from '../domain/audit-event.js';
import type { Clock } from '../domain/clock.js';
import {
  type CreditAttributes,
  type CreditSpend,
  creditsLowNoticeKey,
  creditsLowThreshold,
} from '../domain/credits.js';
import { auditTargetOfIdentity, type IdentityRecord, identityKeyOf } from '../domain/identity.js';
import {
  auditScopeOfToken,
  auditTargetOfToken,
  type TokenRecord,
  tokenDescriptionOf,
} from '../domain/token.js';
import type { AuditRepository } from '../store/audit-repository.js';
import type { CreditRepository } from '../store/credit-repository.js';

/** What holds credits — a token or an identity — as spends and notices see it. */
export interface CreditHolder
  extends Pick<CreditAttributes, 'creditsRefill' | 'creditsGrant' | 'creditsLowNotice'> {
  /** The holder's item in the Tokens table, where its balance is. */
  readonly key: string;
  /** Where its audit events go. */
  readonly scope: string;
  readonly target: AuditTarget;
  /** What news about it says: who it is, never what it is. */
  readonly description: Readonly<Record<string, string>>;
}

const creditsOf = (holder: CreditAttributes) => ({
  ...(holder.creditsRefill === undefined ? {} : { creditsRefill: holder.creditsRefill }),
  ...(holder.creditsGrant === undefined ? {} : { creditsGrant: holder.creditsGrant }),
  ...(holder.creditsLowNotice === undefined ? {} : { creditsLowNotice: holder.creditsLowNotice }),
});

export const creditHolderOfToken = (token: TokenRecord): CreditHolder => ({
  key: token.tokenId,
  scope: auditScopeOfToken(token),
  target: auditTargetOfToken(token),
  description: tokenDescriptionOf(token),
  ...creditsOf(token),
});

export const creditHolderOfIdentity = (identity: IdentityRecord): CreditHolder => ({
  key: identityKeyOf(identity.identityId),
  scope: identity.scope,
  target: auditTargetOfIdentity(identity),
  description: { identityId: identity.identityId, externalId: identity.externalId, scope: identity.scope },
  ...creditsOf(identity),
});

/** Where low-credits news goes beyond the audit log: EventBridge on AWS, the server log locally. */
export interface CreditNotifier {
  creditsLow(
    holder: Readonly<Record<string, string>>,
    details: { readonly remaining: number; readonly threshold: number },
  ): Promise<void>;
}

export interface CreditNoticesDependencies {
  readonly credits: Pick<CreditRepository, 'markLow'>;
  readonly events: Pick<AuditRepository, 'putStep'>;
  readonly clock: Clock;
  readonly notifier: CreditNotifier;
  readonly onNotifyError?: (error: unknown) => void;
}

/**
 * `credits.low`: when a spend leaves a token or an identity below its threshold (a tenth of its last grant),
 * the audit log records it and the notifier sends it — once per refill period, or once per grant without a
 * refill, decided by a conditional write so racing verifiers announce it once.
 */
export class CreditNotices {
  public constructor(private readonly deps: CreditNoticesDependencies) {}

  public async afterSpend(holder: CreditHolder, spend: CreditSpend, origin: RequestOrigin): Promise<void> {
    const grant = spend.refilledTo ?? holder.creditsGrant;
    if (spend.remaining === undefined || grant === undefined) return;
    const threshold = creditsLowThreshold(grant);
    if (spend.remaining >= threshold) return;
    const now = this.deps.clock.now();
    const noticeKey = creditsLowNoticeKey(holder.creditsRefill, now);
    if (holder.creditsLowNotice === noticeKey) return;
    const details = { remaining: String(spend.remaining), threshold: String(threshold) };
    const event = auditEvent(now, holder.scope, 'credits.low', holder.target, origin, undefined, details);
    if (!(await this.deps.credits.markLow(holder.key, noticeKey, this.deps.events.putStep(event)))) return;
    try {
      await this.deps.notifier.creditsLow(holder.description, { remaining: spend.remaining, threshold });
    } catch (error) {
      this.deps.onNotifyError?.(error);
    }
  }
}
