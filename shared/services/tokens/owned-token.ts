import { NotFoundError, PlanRequiredError } from '../../domain/errors.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import { type TokenAction, tokenPermission } from '../../domain/roles.js';
import { ownerKeyOf, type TokenRecord } from '../../domain/token.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { AccessPolicy, ResolvedResource } from '../directory/access-policy.js';
import type { Actor } from '../directory/actor.js';

/** Where a token lives: its kind and the id of its owner (a site, workspace, principal…). */
export interface TokenOwner {
  readonly kind: TokenKindDefinition;
  readonly ownerId: string;
}

/** A token of this owner and kind; any other token id answers 404, whoever owns it. */
export const findOwnedToken = async (
  tokens: Pick<TokenRepository, 'get'>,
  owner: TokenOwner,
  tokenId: string,
): Promise<TokenRecord> => {
  const token = /^[0-9a-f]{24}$/.test(tokenId) ? await tokens.get(tokenId) : undefined;
  if (
    token === undefined ||
    token.kind !== owner.kind.kind ||
    token.ownerKey !== ownerKeyOf(owner.kind.ownerType, owner.ownerId)
  ) {
    throw new NotFoundError(`Token ${tokenId} was not found.`);
  }
  return token;
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Authorizes an action on an owner's tokens: the role's permission in the kind's namespace, and the plan the
 * kind requires of the owning workspace (workspace tokens are an enterprise feature).
 */
export const authorizeOnOwner = async (
  access: Pick<AccessPolicy, 'authorize'>,
  actor: Actor,
  { kind, ownerId }: TokenOwner,
  action: TokenAction,
): Promise<ResolvedResource> => {
  const resource = await access.authorize(
    actor,
    kind.ownerType as ResolvedResource['type'],
    ownerId,
    tokenPermission(kind.permissionNamespace, action),
  );
  if (kind.requiredPlan !== null && resource.workspace?.plan !== kind.requiredPlan) {
    throw new PlanRequiredError(
      `${capitalize(kind.label)}s are available on the ${kind.requiredPlan} plan only.`,
    );
  }
  return resource;
};
