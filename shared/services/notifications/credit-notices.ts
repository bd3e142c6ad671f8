import { auditEvent, type RequestOrigin } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import type { CreditHolder } from '../../domain/credit-holder.js';
import { type CreditSpend, creditsLowNoticeKey, creditsLowThreshold } from '../../domain/credits.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { CreditRepository } from '../../store/credit-repository.js';
import type { CreditNoticePort } from '../../verify/metering.js';

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
/** Announces credits running low: the answer to metering's CreditNoticePort. */
export class CreditNotices implements CreditNoticePort {
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
