import type { KeyProvider } from '../../crypto/key-provider.js';
import type { Clock } from '../../domain/clock.js';
import { creditChangeOf, creditUpdateOf } from '../../domain/credits.js';
import { MethodNotAllowedError, TokenLimitReachedError, ValidationError } from '../../domain/errors.js';
import { retentionTtl } from '../../domain/lifecycle.js';
import type { TokenAction } from '../../domain/roles.js';
import { completeScopes, type Scopes, widenedScopes } from '../../domain/scopes.js';
import { auditTargetOfToken, counterKeyOf, type TokenRecord } from '../../domain/token.js';
import type { TokenFilter } from '../../domain/token-inventory.js';
import { policyEndDays } from '../../domain/token-policy.js';
import { type IssueOptions, mintToken, type TokenInput } from './mint-token.js';
import { authorizeOnOwner, findOwnedToken, listOwnedTokens, type TokenOwner } from './owned-token.js';
import { holdToPolicy, policySubjectOf } from './token-policy-check.js';
import { receivedAtOf, rotateSecret } from './token-rotation.js';

export type { TokenInput, TokenOwner };

import type { Page, PageRequest } from '../../store/cursor.js';
import type { IdentityRepository } from '../../store/identity-repository.js';
import type { ProjectRepository } from '../../store/project-repository.js';
import type { RequestLogEntry, RequestLogRepository } from '../../store/request-log-repository.js';
import type { TokenPolicyRepository } from '../../store/token-policy-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { AccessPolicy, ResolvedResource } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { AuditTrail } from '../directory/audit-trail.js';
import type { RevealableValues } from './revealable-values.js';
import { type AttributesContext, resolveAttributes, type TokenAttributes } from './token-attributes.js';
import { type IssuedTokenView, type TokenView, toTokenView } from './token-view.js';

export interface TokenPatch extends TokenAttributes {
  readonly name?: string;
  readonly description?: string | null;
  readonly scopes?: Scopes;
}

export interface TokenServiceDependencies {
  readonly tokens: TokenRepository;
  readonly projects: ProjectRepository;
  readonly identities: Pick<IdentityRepository, 'get' | 'joinStep'>;
  readonly policies: Pick<TokenPolicyRepository, 'get'>;
  readonly revealableValues: Pick<RevealableValues, 'keepSteps' | 'forgetSteps'>;
  readonly requestLogs: RequestLogRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** Expires an owner's tokens that are past their end (the sweeper's limit recovery). */
  readonly expireDueTokensOf?: (ownerKey: string) => Promise<number>;
}

/**
 * Manages tokens of every kind. What differs between kinds (owner, limits, scopes, lifetime, whether
 * regenerate exists, which permission guards them) is read from the kinds table, not branched on.
 */
export class TokenService {
  public constructor(private readonly deps: TokenServiceDependencies) {}

  public async create(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    input: TokenInput,
    issue: IssueOptions = {},
  ): Promise<IssuedTokenView> {
    const { kind, ownerId } = owner;
    const resource = await this.#authorize(actor, owner, 'create');
    const now = this.deps.clock.now();
    // The lifespan is set by minting (it knows the new token's id); the other attributes resolve first.
    const { lifespanDays: _mintedBelow, credits, ...requested } = input;
    const attributes = {
      ...(await resolveAttributes(this.#attributesContext(owner, resource, '', now), requested)),
      ...(credits === undefined ? {} : creditChangeOf(credits, now).changes),
    };
    const policy = await this.deps.policies.get(resource.auditScope);
    const scopes =
      kind.scopeCatalogue === null || input.scopes === undefined
        ? undefined
        : completeScopes(kind.scopeCatalogue, input.scopes);
    holdToPolicy(policy, policySubjectOf(kind, scopes, input, attributes));
    // A policy's maximum lifetime gives kinds without a lifespan of their own an end date.
    const endDays = policyEndDays(policy, kind);
    const { record, value } = await mintToken(this.deps.keys, now, {
      kind,
      ownerId,
      workspaceId: resource.workspaceId,
      createdBy: actor.principalId,
      input: endDays === undefined ? input : { ...input, lifespanDays: endDays },
      attributes,
      ...(issue.tokenId === undefined ? {} : { tokenId: issue.tokenId }),
    });
    await issue.deliver?.(value);
    const audit = [
      this.deps.audit.record(resource.auditScope, 'token.created', auditTargetOfToken(record), actor, meta),
      ...(await this.deps.revealableValues.keepSteps(resource.auditScope, record, value, policy)),
      // Joining an identity is part of the same transaction: it cannot race the identity's deletion.
      ...(record.identityId === undefined
        ? []
        : [this.deps.identities.joinStep(record.identityId, resource.auditScope)]),
    ];
    try {
      await this.deps.tokens.putWithOwnerCounter(record, kind.maxPerOwner, audit);
    } catch (error) {
      // At the limit, tokens past their end may still hold slots because the sweeper has not run yet:
      // expire them now and try once more, so stale tokens never block a new one.
      const recovered =
        error instanceof TokenLimitReachedError && kind.limitPer === 'owner'
          ? ((await this.deps.expireDueTokensOf?.(record.ownerKey)) ?? 0)
          : 0;
      if (recovered === 0) throw error;
      await this.deps.tokens.putWithOwnerCounter(record, kind.maxPerOwner, audit);
    }
    return { ...toTokenView(record, now), token: value };
  }

  public async list(
    actor: Actor,
    owner: TokenOwner,
    page: PageRequest & TokenFilter,
  ): Promise<Page<TokenView>> {
    await this.#authorize(actor, owner, 'read');
    const now = this.deps.clock.now();
    const result = await listOwnedTokens(this.deps.tokens, owner, page, now);
    return { ...result, items: result.items.map((token) => toTokenView(token, now)) };
  }

  public async get(actor: Actor, owner: TokenOwner, tokenId: string): Promise<TokenView> {
    await this.#authorize(actor, owner, 'read');
    return toTokenView(await this.#find(owner, tokenId), this.deps.clock.now());
  }

  public async update(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    tokenId: string,
    patch: TokenPatch,
  ): Promise<TokenView> {
    const resource = await this.#authorize(actor, owner, 'update');
    const token = await this.#find(owner, tokenId);
    const catalogue = owner.kind.scopeCatalogue;
    const now = this.deps.clock.now();
    const { name, description, scopes, credits, ...requested } = patch;
    const creditUpdate = creditUpdateOf(credits, token, 'token', now);
    const narrowed =
      scopes === undefined || catalogue === null ? undefined : completeScopes(catalogue, scopes);
    const widened = narrowed === undefined ? [] : widenedScopes(token.scopes ?? {}, narrowed);
    if (widened.length > 0) {
      throw new ValidationError(
        widened,
        'Access can only be lowered in place; generate a new token for more.',
        'scope_widening_not_allowed',
      );
    }
    const changes: Record<string, unknown> = {
      ...(name === undefined ? {} : { name }),
      ...(description === undefined ? {} : { description: description ?? undefined }),
      ...(narrowed === undefined ? {} : { scopes: narrowed }),
      ...(await resolveAttributes(
        this.#attributesContext(owner, resource, token.tokenId, now),
        requested,
        token,
      )),
      ...creditUpdate.changes,
    };
    const changed = Object.keys(patch).filter((field) => patch[field as keyof TokenPatch] !== undefined);
    if (changed.length === 0) return toTokenView(token, now);
    // Only what this change sets is held to the policy: a rename never fails for a rule the token already broke.
    holdToPolicy(
      await this.deps.policies.get(resource.auditScope),
      policySubjectOf(owner.kind, narrowed, requested, changes),
    );
    const newCounter = changes.counterKey as string | undefined;
    const moveCounter =
      newCounter === undefined || newCounter === counterKeyOf(token)
        ? undefined
        : { from: counterKeyOf(token), to: newCounter, max: owner.kind.maxPerOwner };
    await this.deps.tokens.update(
      tokenId,
      token.ownerKey,
      { ...changes, updatedAt: now.toISOString() },
      [
        this.deps.audit.record(
          resource.auditScope,
          'token.updated',
          auditTargetOfToken(token),
          actor,
          meta,
          changed,
        ),
        ...(changes.identityId === undefined || changes.identityId === token.identityId
          ? []
          : [this.deps.identities.joinStep(changes.identityId as string, resource.auditScope)]),
      ],
      {
        ...(moveCounter === undefined ? {} : { moveCounter }),
        ...(creditUpdate.increments === undefined ? {} : { increments: creditUpdate.increments }),
      },
    );
    return toTokenView(
      { ...token, ...changes, ...creditUpdate.answered, updatedAt: now.toISOString() } as TokenRecord,
      now,
    );
  }

  /** The request log of a token whose kind keeps one, newest first. */
  public async requestLog(
    actor: Actor,
    owner: TokenOwner,
    tokenId: string,
    page: PageRequest,
  ): Promise<Page<RequestLogEntry>> {
    await this.#authorize(actor, owner, 'read');
    await this.#find(owner, tokenId);
    return this.deps.requestLogs.list(tokenId, page);
  }

  public async revoke(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    tokenId: string,
  ): Promise<TokenView> {
    const resource = await this.#authorize(actor, owner, 'revoke');
    const token = await this.#find(owner, tokenId);
    const now = this.deps.clock.now();
    const end = { status: 'revoked' as const, at: now.toISOString(), ttl: retentionTtl(now) };
    await this.deps.tokens.endWithOwnerCounter(token, end, [
      this.deps.audit.record(resource.auditScope, 'token.revoked', auditTargetOfToken(token), actor, meta),
      ...this.deps.revealableValues.forgetSteps(resource.auditScope, token),
    ]);
    const { sweepShard: _unused, ...rest } = token;
    return toTokenView(
      { ...rest, status: 'revoked', revokedAt: end.at, updatedAt: end.at, ttl: end.ttl },
      now,
    );
  }

  /** Deletes a token of a kind whose delete removes (`onDelete: 'remove'`), whatever its status. */
  public async remove(actor: Actor, meta: RequestMeta, owner: TokenOwner, tokenId: string): Promise<void> {
    const resource = await this.#authorize(actor, owner, 'revoke');
    const token = await this.#find(owner, tokenId);
    await this.deps.tokens.remove(token, this.deps.clock.now().toISOString(), [
      this.deps.audit.record(resource.auditScope, 'token.deleted', auditTargetOfToken(token), actor, meta),
      ...this.deps.revealableValues.forgetSteps(resource.auditScope, token),
    ]);
  }

  public async regenerate(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    tokenId: string,
    options: { readonly gracePeriodSeconds: number },
  ): Promise<IssuedTokenView> {
    const requestedAt = receivedAtOf(meta, this.deps.clock);
    if (!owner.kind.regenerable) {
      throw new MethodNotAllowedError(
        `A ${owner.kind.label} cannot be regenerated. Create a new token, update your integrations, then revoke this one.`,
        ['GET', 'PATCH', 'DELETE'],
        'regenerate_not_supported',
      );
    }
    const resource = await this.#authorize(actor, owner, 'regenerate');
    const token = await this.#find(owner, tokenId);
    const audit = this.deps.audit.record(
      resource.auditScope,
      'token.regenerated',
      auditTargetOfToken(token),
      actor,
      meta,
    );
    return rotateSecret(this.deps, token, options.gracePeriodSeconds, actor.principalId, audit, requestedAt);
  }

  #attributesContext(
    owner: TokenOwner,
    resource: ResolvedResource,
    tokenId: string,
    now: Date,
  ): AttributesContext {
    return {
      kind: owner.kind,
      ownerId: owner.ownerId,
      scope: resource.auditScope,
      identities: this.deps.identities,
      tokenId,
      now,
      projects: this.deps.projects,
      keys: this.deps.keys,
    };
  }

  #authorize(actor: Actor, owner: TokenOwner, action: TokenAction): Promise<ResolvedResource> {
    return authorizeOnOwner(this.deps.access, actor, owner, action);
  }

  #find(owner: TokenOwner, tokenId: string): Promise<TokenRecord> {
    return findOwnedToken(this.deps.tokens, owner, tokenId);
  }
}
