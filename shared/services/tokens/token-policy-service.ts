import type { Clock } from '../../domain/clock.js';
import { DAY_MS } from '../../domain/clock.js';
import type { TenantType } from '../../domain/directory.js';
import type { ErrorDetail } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import { effectiveStatus, type TokenRecord } from '../../domain/token.js';
import { type PolicySubject, policyViolations, type TokenPolicy } from '../../domain/token-policy.js';
import { allItemsOf } from '../../store/cursor.js';
import type { WorkspaceRepository } from '../../store/directory/workspace-repository.js';
import type { TokenPolicyRepository } from '../../store/token-policy-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { AccessPolicy } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import type { RevealableValues } from './revealable-values.js';

/** The resources that hold a token policy: workspaces (site and workspace tokens) and projects. */
export type PolicyHolder = TenantType;

/** An active token that breaks its owner's policy, and how. */
export interface PolicyViolation {
  readonly tokenId: string;
  readonly name: string;
  readonly kind: string;
  readonly problems: readonly ErrorDetail[];
}

export interface TokenPolicyView extends TokenPolicy {
  readonly scope: PolicyHolder;
  readonly id: string;
  readonly violations: readonly PolicyViolation[];
}

export interface TokenPolicyServiceDependencies {
  readonly policies: TokenPolicyRepository;
  readonly revealableValues: Pick<RevealableValues, 'forgetAll'>;
  readonly tokens: Pick<TokenRepository, 'listByOwner'>;
  readonly workspaces: Pick<WorkspaceRepository, 'listSites'>;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/** A stored token as the policy sees it (a secret key's length is unknown once stored: only its HMAC is kept). */
export const policySubjectOfStored = (token: TokenRecord, now: Date): PolicySubject => ({
  kind: tokenKinds[token.kind],
  ...(token.scopes === undefined ? {} : { scopes: token.scopes }),
  ...(token.apiAccess === undefined ? {} : { apiAccess: token.apiAccess }),
  lifetimeDays:
    token.expiresAt === undefined ? null : Math.ceil((Date.parse(token.expiresAt) - now.getTime()) / DAY_MS),
  ...(token.restrictions === undefined
    ? {}
    : { ipRestrictionsEnabled: token.restrictions.ipRestrictionsEnabled }),
});

/** Reads and changes a workspace's or project's token policy (admins change it; members read it). */
export class TokenPolicyService {
  public constructor(private readonly deps: TokenPolicyServiceDependencies) {}

  public async get(actor: Actor, holder: PolicyHolder, id: string): Promise<TokenPolicyView> {
    const resource = await this.deps.access.authorize(actor, holder, id, 'resource:read');
    const policy = await this.deps.policies.get(resource.auditScope);
    return { scope: holder, id, ...policy, violations: await this.#violations(holder, id, policy) };
  }

  public async put(
    actor: Actor,
    meta: RequestMeta,
    holder: PolicyHolder,
    id: string,
    policy: TokenPolicy,
  ): Promise<TokenPolicyView> {
    const resource = await this.deps.access.authorize(actor, holder, id, 'resource:update');
    await this.deps.policies.put(
      resource.auditScope,
      policy,
      this.deps.audit.record(
        resource.auditScope,
        'token_policy.updated',
        { type: holder, id },
        actor,
        meta,
        Object.keys(policy),
      ),
    );
    // Off (or left out) means no value may be shown again: the kept ones go now. New ones can no longer be
    // kept — keeping one is conditional on the setting in the same transaction — so none is missed.
    if (!policy.revealable) await this.deps.revealableValues.forgetAll(resource.auditScope);
    return { scope: holder, id, ...policy, violations: await this.#violations(holder, id, policy) };
  }

  /** The active tokens under the holder — a workspace's own and its sites', or a project's — that break it. */
  async #violations(holder: PolicyHolder, id: string, policy: TokenPolicy): Promise<PolicyViolation[]> {
    const owners = [`${holder}#${id}`];
    if (holder === 'workspace') {
      for await (const site of allItemsOf((page) => this.deps.workspaces.listSites(id, page))) {
        owners.push(`site#${site.id}`);
      }
    }
    const now = this.deps.clock.now();
    const violations: PolicyViolation[] = [];
    for (const ownerKey of owners) {
      for await (const token of allItemsOf((page) => this.deps.tokens.listByOwner(ownerKey, page))) {
        if (effectiveStatus(token, now) !== 'active') continue;
        const problems = policyViolations(policy, policySubjectOfStored(token, now));
        if (problems.length > 0) {
          violations.push({ tokenId: token.tokenId, name: token.name, kind: token.kind, problems });
        }
      }
    }
    return violations;
  }
}
