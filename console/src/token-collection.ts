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

export const tokenRows = <T extends FilterableToken>(
  tokens: readonly T[],
  nameOf: (token: T) => string,
  principalName: (principalId: string | null | undefined) => string,
): TokenRow<T>[] =>
  tokens.map((token) => ({
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

/** The values offered while typing a filter: every status, and the creators the list has. */
export const tokenFilteringOptions = (rows: readonly TokenRow<unknown>[]): PropertyFilterOption[] => [
  ...SHOWN_STATUSES.map((status) => ({ propertyKey: 'status', value: status })),
  ...[...new Set(rows.map((row) => row.createdBy))].map((name) => ({
    propertyKey: 'createdBy',
    value: name,
  })),
];

/** How the columns that can order a list compare rows; never-used tokens come last by last use. */
export const TOKEN_SORTS: Readonly<Record<string, (a: TokenRow<unknown>, b: TokenRow<unknown>) => number>> = {
  Name: (a, b) => a.name.localeCompare(b.name),
  Created: (a, b) => a.created.getTime() - b.created.getTime(),
  'Last used': (a, b) => (a.lastUsed?.getTime() ?? -1) - (b.lastUsed?.getTime() ?? -1),
};
