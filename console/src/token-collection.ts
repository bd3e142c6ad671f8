import type { PropertyFilterOption, PropertyFilterProperty } from '@cloudscape-design/collection-hooks';
import { SHOWN_STATUSES, type ShownStatus, statusOf } from './token-status.js';

/** What a token list can be narrowed and ordered by, whatever the kind. */
export interface FilterableToken {
  readonly status: string;
  readonly disabled?: boolean;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly createdBy?: string;
}

/**
 * A token as its list's filter and sort see it: the words and moments people look for a token by, next to
 * the token the row shows. Dates are `Date`s, as the property filter's date operators compare them.
 */
export interface TokenRow<T> {
  readonly token: T;
  readonly name: string;
  readonly status: ShownStatus;
  readonly created: Date;
  readonly lastUsed: Date | null;
  readonly createdBy: string;
}

/**
 * A kind's own way to find its tokens, beside the ones every kind has: a project token's environment. Its
 * value is a word the filter offers while typing.
 */
export interface TokenFacet<T> {
  readonly key: string;
  readonly label: string;
  readonly pluralLabel: string;
  valueOf(token: T): string;
}

export const tokenRows = <T extends FilterableToken>(
  tokens: readonly T[],
  nameOf: (token: T) => string,
  principalName: (principalId: string | null | undefined) => string,
  facets: readonly TokenFacet<T>[] = [],
): TokenRow<T>[] =>
  tokens.map((token) => ({
    ...Object.fromEntries(facets.map((facet) => [facet.key, facet.valueOf(token)])),
    token,
    name: nameOf(token),
    status: statusOf(token),
    created: new Date(token.createdAt),
    lastUsed: token.lastUsedAt === null ? null : new Date(token.lastUsedAt),
    createdBy: principalName(token.createdBy),
  }));

/** Dates compare by day, the way they are typed ("Created > 2026-11-01"). */
const DATE_OPERATORS = (['<', '>', '='] as const).map((operator) => ({ operator, match: 'date' as const }));

/** The properties a token list is filtered by: name, status, created, last used and created by. */
export const TOKEN_FILTERING_PROPERTIES: readonly PropertyFilterProperty[] = [
  { key: 'name', propertyLabel: 'Name', groupValuesLabel: 'Names', operators: [':', '!:', '='] },
  { key: 'status', propertyLabel: 'Status', groupValuesLabel: 'Statuses', operators: ['=', '!='] },
  { key: 'created', propertyLabel: 'Created', groupValuesLabel: 'Creation dates', operators: DATE_OPERATORS },
  {
    key: 'lastUsed',
    propertyLabel: 'Last used',
    groupValuesLabel: 'Last use dates',
    operators: DATE_OPERATORS,
  },
  { key: 'createdBy', propertyLabel: 'Created by', groupValuesLabel: 'Creators', operators: ['=', '!='] },
];

/** Every property a kind's lists are filtered by: those of every kind, then the kind's own facets. */
export const tokenFilteringProperties = (
  facets: readonly TokenFacet<never>[] = [],
): PropertyFilterProperty[] => [
  ...TOKEN_FILTERING_PROPERTIES,
  ...facets.map((facet) => ({
    key: facet.key,
    propertyLabel: facet.label,
    groupValuesLabel: facet.pluralLabel,
    operators: ['=', '!='],
  })),
];

/** The values offered while typing a filter: every status, and the creators and facet values the list has. */
export const tokenFilteringOptions = (
  rows: readonly TokenRow<unknown>[],
  facets: readonly TokenFacet<never>[] = [],
): PropertyFilterOption[] => {
  const present = (key: string) =>
    [...new Set(rows.map((row) => String((row as unknown as Record<string, unknown>)[key])))].map(
      (value) => ({
        propertyKey: key,
        value,
      }),
    );
  return [
    ...SHOWN_STATUSES.map((status) => ({ propertyKey: 'status', value: status })),
    ...present('createdBy'),
    ...facets.flatMap((facet) => present(facet.key)),
  ];
};

/** How the columns that can order a list compare rows; never-used tokens come last by last use. */
export const TOKEN_SORTS: Readonly<Record<string, (a: TokenRow<unknown>, b: TokenRow<unknown>) => number>> = {
  Name: (a, b) => a.name.localeCompare(b.name),
  Created: (a, b) => a.created.getTime() - b.created.getTime(),
  'Last used': (a, b) => (a.lastUsed?.getTime() ?? -1) - (b.lastUsed?.getTime() ?? -1),
};
