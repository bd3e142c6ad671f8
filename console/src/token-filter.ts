import { statusOf } from './token-status.js';

/** What a token list can be narrowed and ordered by, as people look for a token. */
export interface TokenFilter {
  /** Part of the name, any case. */
  readonly text: string;
  readonly status: 'all' | 'active' | 'disabled' | 'revoked' | 'expired';
  readonly sort: 'newest' | 'last-used' | 'name';
}

export const NO_FILTER: TokenFilter = { text: '', status: 'all', sort: 'newest' };

export const TOKEN_SORTS: readonly (readonly [TokenFilter['sort'], string])[] = [
  ['newest', 'Newest first'],
  ['last-used', 'Last used first'],
  ['name', 'Name'],
];

export interface FilterableToken {
  readonly status: string;
  readonly disabled?: boolean;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

/** The tokens that match, in the chosen order; never-used tokens come last when sorting by use. */
export const filterTokens = <T extends FilterableToken>(
  tokens: readonly T[],
  filter: TokenFilter,
  nameOf: (token: T) => string,
): T[] => {
  const text = filter.text.trim().toLowerCase();
  const order: Record<TokenFilter['sort'], (a: T, b: T) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    'last-used': (a, b) => (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? ''),
    name: (a, b) => nameOf(a).localeCompare(nameOf(b)),
  };
  return tokens
    .filter((token) => text === '' || nameOf(token).toLowerCase().includes(text))
    .filter((token) => filter.status === 'all' || statusOf(token) === filter.status)
    .sort(order[filter.sort]);
};
