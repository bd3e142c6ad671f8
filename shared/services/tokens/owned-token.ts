import { NotFoundError } from '../../domain/errors.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import { ownerKeyOf, type TokenRecord } from '../../domain/token.js';
import type { TokenRepository } from '../../store/token-repository.js';

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
