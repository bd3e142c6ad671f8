import type { Clock } from '../../domain/clock.js';
import {
  type CreditRefill,
  type CreditsChange,
  type CreditsSetting,
  creditBalanceOf,
  creditChangeOf,
  creditUpdateOf,
} from '../../domain/credits.js';
import { newResourceId, type TenantType } from '../../domain/directory.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { auditTargetOfIdentity, type IdentityRecord } from '../../domain/identity.js';
import type { RateLimit } from '../../domain/rate-limit.js';
import { type TokenAction, tokenPermission } from '../../domain/roles.js';
import { effectiveStatus } from '../../domain/token.js';
import { allItemsOf, type Page, type PageRequest } from '../../store/cursor.js';
import type { IdentityRepository } from '../../store/identity-repository.js';
import type { AccessPolicy, ResolvedResource } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import { type TokenView, toTokenView } from './token-view.js';

/** The resources identities live in: a workspace (its site and workspace tokens) or a project. */
export type IdentityHolder = { readonly type: TenantType; readonly id: string };

export interface IdentityInput {
  readonly externalId: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly rateLimit?: RateLimit;
  readonly credits?: CreditsSetting;
}

export interface IdentityPatch {
  readonly externalId?: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly rateLimit?: RateLimit | null;
  readonly credits?: CreditsChange | null;
}

export interface IdentityView {
  readonly id: string;
  readonly externalId: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly rateLimit: RateLimit | null;
  readonly credits: { readonly remaining: number; readonly refill: CreditRefill | null } | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
}

export const toIdentityView = (identity: IdentityRecord, now: Date): IdentityView => ({
  id: identity.identityId,
  externalId: identity.externalId,
  meta: identity.meta,
  rateLimit: identity.rateLimit ?? null,
  credits: creditBalanceOf(identity, now),
  createdAt: identity.createdAt,
  createdBy: identity.createdBy,
  updatedAt: identity.updatedAt,
});

export interface IdentityServiceDependencies {
  readonly identities: IdentityRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/**
 * Identities of a workspace or project. Managing them takes the token permissions of the place they live in
 * (they decide how tokens are limited): reading takes `tokens:read`, creating `tokens:create`, changing
 * `tokens:update` and deleting `tokens:revoke`.
 */
export class IdentityService {
  public constructor(private readonly deps: IdentityServiceDependencies) {}

  public async create(
    actor: Actor,
    meta: RequestMeta,
    holder: IdentityHolder,
    input: IdentityInput,
  ): Promise<IdentityView> {
    const resource = await this.#authorize(actor, holder, 'create');
    const now = this.deps.clock.now();
    const identity = {
      identityId: newResourceId(),
      scope: resource.auditScope,
      externalId: input.externalId,
      meta: input.meta ?? {},
      ...(input.rateLimit === undefined ? {} : { rateLimit: input.rateLimit }),
      ...(input.credits === undefined ? {} : creditChangeOf(input.credits, now).changes),
      createdAt: now.toISOString(),
      createdBy: actor.principalId,
      updatedAt: now.toISOString(),
    } as IdentityRecord;
    await this.deps.identities.create(
      identity,
      this.deps.audit.record(
        resource.auditScope,
        'identity.created',
        auditTargetOfIdentity(identity),
        actor,
        meta,
      ),
    );
    return toIdentityView(identity, now);
  }

  /** Newest first; with `externalId`, the one identity that holds it (or none). */
  public async list(
    actor: Actor,
    holder: IdentityHolder,
    page: PageRequest & { readonly externalId?: string },
  ): Promise<Page<IdentityView>> {
    const resource = await this.#authorize(actor, holder, 'read');
    const now = this.deps.clock.now();
    if (page.externalId !== undefined) {
      const found = await this.deps.identities.findByExternalId(resource.auditScope, page.externalId);
      return { items: found === undefined ? [] : [toIdentityView(found, now)] };
    }
    const result = await this.deps.identities.list(resource.auditScope, page);
    return { ...result, items: result.items.map((identity) => toIdentityView(identity, now)) };
  }

  public async get(actor: Actor, holder: IdentityHolder, identityId: string): Promise<IdentityView> {
    const resource = await this.#authorize(actor, holder, 'read');
    return toIdentityView(await this.#find(resource, identityId), this.deps.clock.now());
  }

  public async update(
    actor: Actor,
    meta: RequestMeta,
    holder: IdentityHolder,
    identityId: string,
    patch: IdentityPatch,
  ): Promise<IdentityView> {
    const resource = await this.#authorize(actor, holder, 'update');
    const identity = await this.#find(resource, identityId);
    const now = this.deps.clock.now();
    const { credits, rateLimit, ...fields } = patch;
    const creditUpdate = creditUpdateOf(credits, identity, 'identity', now);
    const changes = {
      ...fields,
      ...(rateLimit === undefined ? {} : { rateLimit: rateLimit ?? undefined }),
      ...creditUpdate.changes,
      updatedAt: now.toISOString(),
    };
    const changed = Object.keys(patch).filter((field) => patch[field as keyof IdentityPatch] !== undefined);
    await this.deps.identities.update(
      identity,
      changes,
      this.deps.audit.record(
        resource.auditScope,
        'identity.updated',
        auditTargetOfIdentity(identity),
        actor,
        meta,
        changed,
      ),
      creditUpdate.increments,
    );
    return toIdentityView({ ...identity, ...changes, ...creditUpdate.answered } as IdentityRecord, now);
  }

  /** Deletes an identity none of whose tokens is active any more (409 `identity_has_tokens` otherwise). */
  public async remove(
    actor: Actor,
    meta: RequestMeta,
    holder: IdentityHolder,
    identityId: string,
  ): Promise<void> {
    const resource = await this.#authorize(actor, holder, 'revoke');
    const identity = await this.#find(resource, identityId);
    if (await this.#hasActiveTokens(identityId)) {
      throw new ConflictError(
        'The identity still has active tokens. Revoke them, or move them out of it, first.',
        'identity_has_tokens',
      );
    }
    await this.deps.identities.remove(
      identity,
      this.deps.clock.now().toISOString(),
      this.deps.audit.record(
        resource.auditScope,
        'identity.deleted',
        auditTargetOfIdentity(identity),
        actor,
        meta,
      ),
    );
  }

  /** The identity's tokens, newest first, whatever their kind. */
  public async tokens(
    actor: Actor,
    holder: IdentityHolder,
    identityId: string,
    page: PageRequest,
  ): Promise<Page<TokenView>> {
    const resource = await this.#authorize(actor, holder, 'read');
    await this.#find(resource, identityId);
    const now = this.deps.clock.now();
    const result = await this.deps.identities.listTokens(identityId, page);
    return { ...result, items: result.items.map((token) => toTokenView(token, now)) };
  }

  async #hasActiveTokens(identityId: string): Promise<boolean> {
    const now = this.deps.clock.now();
    for await (const token of allItemsOf((page) => this.deps.identities.listTokens(identityId, page))) {
      if (effectiveStatus(token, now) === 'active') return true;
    }
    return false;
  }

  async #authorize(actor: Actor, holder: IdentityHolder, action: TokenAction): Promise<ResolvedResource> {
    return this.deps.access.authorize(actor, holder.type, holder.id, tokenPermission('tokens', action));
  }

  /** An identity of this resource; any other id answers 404, wherever it lives. */
  async #find(resource: ResolvedResource, identityId: string): Promise<IdentityRecord> {
    const identity = await this.deps.identities.get(identityId);
    if (identity?.scope !== resource.auditScope) {
      throw new NotFoundError(`Identity ${identityId} was not found.`);
    }
    return identity;
  }
}
