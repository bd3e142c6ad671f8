import { NotFoundError, PlanRequiredError } from '../../domain/errors.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import { type TokenAction, tokenPermission } from '../../domain/roles.js';
import { ownerKeyOf, type TokenRecord } from '../../domain/token.js';
import { isFiltering, matchesTokenFilter, type TokenFilter } from '../../domain/token-inventory.js';
import type { Page, PageRequest } from '../../store/cursor.js';
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

/** Tokens a filtered list looks at before it answers a short page with a cursor to go on from. */
const FILTER_SCAN_LIMIT = 1_000;

/**
 * A page of an owner's tokens of its kind, newest first, that match `filter`. A filter reads on until the
 * page is full or `FILTER_SCAN_LIMIT` tokens were looked at, each read asking for no more than the page still
 * holds: a page never has more than `limit`, and no match is skipped.
 */
export const listOwnedTokens = async (
  tokens: Pick<TokenRepository, 'listByOwner'>,
  owner: TokenOwner,
  page: PageRequest & TokenFilter,
  now: Date,
): Promise<Page<TokenRecord>> => {
  const ownerKey = ownerKeyOf(owner.kind.ownerType, owner.ownerId);
  const matches = (token: TokenRecord) =>
    token.kind === owner.kind.kind && matchesTokenFilter(token, page, now);
  const found: TokenRecord[] = [];
  let cursor = page.cursor;
  let scanned = 0;
  do {
    const result = await tokens.listByOwner(ownerKey, {
      limit: page.limit - found.length,
      ...(cursor === undefined ? {} : { cursor }),
    });
    found.push(...result.items.filter(matches));
    scanned += result.items.length;
    cursor = result.nextCursor;
  } while (
    isFiltering(page) &&
    cursor !== undefined &&
    found.length < page.limit &&
    scanned < FILTER_SCAN_LIMIT
  );
  return { items: found, ...(cursor === undefined ? {} : { nextCursor: cursor }) };
};
