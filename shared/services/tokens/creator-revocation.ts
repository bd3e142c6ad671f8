import type { Clock } from '../../domain/clock.js';
import type { ResourceType } from '../../domain/directory.js';
import { PlanRequiredError } from '../../domain/errors.js';
import { type TokenKindDefinition, tokenKinds } from '../../domain/kinds.js';
import type { TokenRecord } from '../../domain/token.js';
import { allItemsOf } from '../../store/cursor.js';
import type { WorkspaceRepository } from '../../store/directory/workspace-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { AccessPolicy } from '../directory/access-policy.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import { authorizeOnOwner, listOwnedTokens, type TokenOwner } from './owned-token.js';
import type { TokenService } from './token-service.js';

export interface CreatorRevocationDependencies {
  readonly tokens: Pick<TokenRepository, 'listByOwner'>;
  readonly workspaces: Pick<WorkspaceRepository, 'listSites'>;
  readonly access: AccessPolicy;
  readonly tokenService: Pick<TokenService, 'revoke' | 'remove'>;
  readonly clock: Clock;
}

/** The kinds a resource of this type owns (a project owns project and API tokens). */
const kindsOwnedBy = (type: ResourceType): TokenKindDefinition[] =>
  Object.values(tokenKinds).filter((kind) => kind.ownerType === type);

/**
 * "If an administrator leaves or their role changes, revoke their token": ends every active token a principal
 * created, of one owner or of everything a resource holds (a workspace's own tokens and its sites'). Each
 * token ends as its kind's delete does — revoked, or deleted where the kind's delete removes — one audited
 * change per token, so a failure half-way leaves the rest to a retry, which finds only what is still active.
 */
export class CreatorRevocation {
  public constructor(private readonly deps: CreatorRevocationDependencies) {}

  /** Ends the active tokens of `owner` that `principalId` created; their ids. */
  public async revokeCreatedBy(
    actor: Actor,
    meta: RequestMeta,
    owner: TokenOwner,
    principalId: string,
  ): Promise<string[]> {
    await authorizeOnOwner(this.deps.access, actor, owner, 'revoke');
    const ended: string[] = [];
    for (const token of await this.#createdBy(owner, principalId)) {
      if (owner.kind.onDelete === 'remove')
        await this.deps.tokenService.remove(actor, meta, owner, token.tokenId);
      else await this.deps.tokenService.revoke(actor, meta, owner, token.tokenId);
      ended.push(token.tokenId);
    }
    return ended;
  }

  /**
   * Ends what `principalId` created anywhere in a resource: its own tokens of every kind, and a workspace's
   * sites'. Kinds the workspace's plan does not offer hold no tokens and are passed over.
   */
  public async revokeCreatedByWithin(
    actor: Actor,
    meta: RequestMeta,
    resource: { readonly type: ResourceType; readonly id: string },
    principalId: string,
  ): Promise<string[]> {
    const owners: TokenOwner[] = kindsOwnedBy(resource.type).map((kind) => ({ kind, ownerId: resource.id }));
    if (resource.type === 'workspace') {
      for await (const site of allItemsOf((page) => this.deps.workspaces.listSites(resource.id, page)))
        owners.push(...kindsOwnedBy('site').map((kind) => ({ kind, ownerId: site.id })));
    }
    const ended: string[] = [];
    for (const owner of owners) {
      try {
        ended.push(...(await this.revokeCreatedBy(actor, meta, owner, principalId)));
      } catch (error) {
        if (!(error instanceof PlanRequiredError)) throw error;
      }
    }
    return ended;
  }

  async #createdBy(owner: TokenOwner, principalId: string): Promise<TokenRecord[]> {
    const now = this.deps.clock.now();
    const found: TokenRecord[] = [];
    for await (const token of allItemsOf((page) =>
      listOwnedTokens(this.deps.tokens, owner, { ...page, createdBy: principalId, status: 'active' }, now),
    ))
      found.push(token);
    return found;
  }
}
