import { type AuditAction, type AuditTarget, auditEvent } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { TransactionStep } from '../../store/transact.js';
import { type Actor, originOf, type RequestMeta } from './actor.js';

/** Builds the audit step each change carries into its transaction. */
export class AuditTrail {
  public constructor(
    private readonly events: AuditRepository,
    private readonly clock: Clock,
  ) {}

  public record(
    scope: string,
    action: AuditAction,
    target: AuditTarget,
    actor: Actor | undefined,
    meta: RequestMeta,
    changes?: readonly string[],
  ): TransactionStep {
    return this.events.putStep(
      auditEvent(this.clock.now(), scope, action, target, originOf(actor, meta), changes),
    );
  }

  /** Writes an event that goes with no change of its own. */
  public async recordNow(
    scope: string,
    action: AuditAction,
    target: AuditTarget,
    actor: Actor,
    meta: RequestMeta,
  ): Promise<void> {
    await this.events.put(auditEvent(this.clock.now(), scope, action, target, originOf(actor, meta)));
  }
}
