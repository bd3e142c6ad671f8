import type { Clock } from '../../domain/clock.js';
import type { ResourceType } from '../../domain/directory.js';
import { NotFoundError, PermissionDeniedError } from '../../domain/errors.js';
import { type TokenKindDefinition, tokenKinds } from '../../domain/kinds.js';
import { tokenPermission } from '../../domain/roles.js';
import { ownerKeyOf } from '../../domain/token.js';
import {
  type OutcomeCounts,
  type UsageBucket,
  type UsageGranularity,
  type UsageSubject,
  usageBucketsOf,
  usageRangeOf,
} from '../../domain/usage.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { UsageRepository } from '../../store/usage-repository.js';
import type { AccessPolicy } from '../directory/access-policy.js';
import type { Actor } from '../directory/actor.js';
import type { IdentityHolder, IdentityService } from './identity-service.js';

/** A range of a usage read, as a request gives it. */
export interface UsageQuery {
  readonly from?: string;
  readonly to?: string;
  readonly granularity?: UsageGranularity;
}

export interface UsageView {
  readonly from: string;
  readonly to: string;
  readonly granularity: UsageGranularity;
  readonly total: number;
  readonly totals: OutcomeCounts;
  readonly buckets: readonly UsageBucket[];
  /** For a token: when it was last allowed (its usage counts are up to a minute behind; this is not). */
  readonly lastUsedAt?: string | null;
}

export interface UsageServiceDependencies {
  readonly usage: Pick<UsageRepository, 'hours'>;
  readonly tokens: Pick<TokenRepository, 'get'>;
  readonly identities: Pick<IdentityService, 'get'>;
  readonly access: AccessPolicy;
  readonly clock: Clock;
}

/** The token kinds an owner type holds: who may read their tokens may read the owner's usage. */
const kindOwnedBy = (type: ResourceType): TokenKindDefinition | undefined =>
  Object.values(tokenKinds).find((kind) => kind.ownerType === type);

/**
 * Verification counts over time, by outcome, of a token, an owner or an identity. Reading them takes the
 * read permission of the tokens they count.
 */
export class UsageService {
  public constructor(private readonly deps: UsageServiceDependencies) {}

  public async ofToken(actor: Actor, tokenId: string, query: UsageQuery): Promise<UsageView> {
    const token = await this.deps.tokens.get(tokenId);
    const kind = tokenKinds[token?.kind ?? 'site'];
    const notFound = new NotFoundError(`Token ${tokenId} was not found.`);
    // Someone who may not read the owner's tokens learns nothing, not even that the id exists: a made-up id
    // is checked against a stand-in owner, so it costs the reads another tenant's token does.
    await this.deps.access
      .authorizeOwner(
        actor,
        token && { type: kind.ownerType as ResourceType, id: token.ownerId },
        kind.ownerType as ResourceType,
        tokenPermission(kind.permissionNamespace, 'read'),
      )
      .catch((error: unknown) => {
        throw error instanceof PermissionDeniedError || error instanceof NotFoundError ? notFound : error;
      });
    if (token === undefined) throw notFound;
    return { ...(await this.#read(`token#${tokenId}`, query)), lastUsedAt: token.lastUsedAt ?? null };
  }

  public async ofOwner(
    actor: Actor,
    owner: { readonly type: ResourceType; readonly id: string },
    query: UsageQuery,
  ): Promise<UsageView> {
    const kind = kindOwnedBy(owner.type);
    if (kind === undefined) throw new NotFoundError(`A ${owner.type} holds no tokens.`);
    await this.deps.access.authorize(
      actor,
      owner.type,
      owner.id,
      tokenPermission(kind.permissionNamespace, 'read'),
    );
    return this.#read(`owner#${ownerKeyOf(kind.ownerType, owner.id)}`, query);
  }

  public async ofIdentity(
    actor: Actor,
    holder: IdentityHolder,
    identityId: string,
    query: UsageQuery,
  ): Promise<UsageView> {
    await this.deps.identities.get(actor, holder, identityId);
    return this.#read(`identity#${identityId}`, query);
  }

  async #read(subject: UsageSubject, query: UsageQuery): Promise<UsageView> {
    const range = usageRangeOf(query, this.deps.clock.now());
    const hours = await this.deps.usage.hours(subject, range.fromMs, range.toMs);
    return {
      from: new Date(range.fromMs).toISOString(),
      to: new Date(range.toMs).toISOString(),
      granularity: range.granularity,
      ...usageBucketsOf(range, hours),
    };
  }
}
