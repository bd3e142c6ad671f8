import { ulid } from 'ulid';
import { addDays, toEpochSeconds } from './clock.js';

/** Audit events record who changed what; they are written in the same transaction as the change. */

export const AUDIT_RETENTION_DAYS = 400;

export const AUDIT_ACTIONS = [
  'workspace.created',
  'site.created',
  'site.updated',
  'site.published',
  'project.created',
  'environment.created',
  'environment.deleted',
  'content_type.created',
  'member.added',
  'member.removed',
  'role.created',
  'role.updated',
  'role.deleted',
  'principal.created',
  'principal.updated',
  'token.created',
  'token.updated',
  'token.regenerated',
  'token.revoked',
  'token.deleted',
  'token.expired',
  'token.expiring_soon',
  'token.self_rotated',
  'token.revealed',
  'token.leaked',
  'token.reuse_detected',
  'token_policy.updated',
  'credits.low',
  'identity.created',
  'identity.updated',
  'identity.deleted',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it and from where. A system actor (the sweeper) has no principal. */
export interface RequestOrigin {
  readonly principalId?: string;
  /** Id (never the value) of the admin key used. */
  readonly keyId?: string;
  readonly requestId?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
}

export interface AuditTarget {
  readonly type:
    | 'workspace'
    | 'site'
    | 'project'
    | 'environment'
    | 'content_type'
    | 'token'
    | 'member'
    | 'role'
    | 'principal'
    | 'identity'
    | 'webhook';
  readonly id: string;
  readonly name?: string;
  readonly kind?: string;
}

export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  /** Partition the event is listed under: `workspace#<id>`, `project#<id>` or `principal#<id>`. */
  readonly scope: string;
  readonly action: AuditAction;
  readonly target: AuditTarget;
  readonly actor: RequestOrigin;
  /** Names of the fields a change touched; never their values. */
  readonly changes?: readonly string[];
  /** Facts about the event that are not fields of the target (where a leak was reported). */
  readonly details?: Readonly<Record<string, string>>;
}

export const auditEvent = (
  now: Date,
  scope: string,
  action: AuditAction,
  target: AuditTarget,
  actor: RequestOrigin,
  changes?: readonly string[],
  details?: Readonly<Record<string, string>>,
): AuditEvent => ({
  id: ulid(now.getTime()),
  at: now.toISOString(),
  scope,
  action,
  target,
  actor,
  ...(changes === undefined ? {} : { changes }),
  ...(details === undefined ? {} : { details }),
});

export const auditTtl = (event: AuditEvent): number =>
  toEpochSeconds(addDays(new Date(event.at), AUDIT_RETENTION_DAYS));
