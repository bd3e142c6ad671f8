import type { Clock } from '../domain/clock.js';
import type { TenantType } from '../domain/directory.js';
import type { TokenPolicy, TokenPolicyRepository } from '../store/token-policy-repository.js';
import type { AccessPolicy } from './access-policy.js';
import type { Actor, RequestMeta } from './actor.js';
import type { AuditTrail } from './audit-trail.js';

/** The resources that hold a token policy: workspaces (site and workspace tokens) and projects. */
export type PolicyHolder = TenantType;

export interface TokenPolicyView extends TokenPolicy {
  readonly scope: PolicyHolder;
  readonly id: string;
}

export interface TokenPolicyServiceDependencies {
  readonly policies: TokenPolicyRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/** Reads and changes a workspace's or project's token policy (admins change it; members read it). */
export class TokenPolicyService {
  public constructor(private readonly deps: TokenPolicyServiceDependencies) {}

  public async get(actor: Actor, holder: PolicyHolder, id: string): Promise<TokenPolicyView> {
    const resource = await this.deps.access.authorize(actor, holder, id, 'resource:read');
    return { scope: holder, id, ...(await this.deps.policies.get(resource.auditScope)) };
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
    return { scope: holder, id, ...policy };
  }
}
