import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import PropertyFilter from '@cloudscape-design/components/property-filter';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { type ReactNode, useMemo } from 'react';
import { usePrincipalName } from '../principal-names.js';
import { type Column, columnDefinitions } from '../table.js';
import {
  type FilterableToken,
  TOKEN_SORTS,
  type TokenFacet,
  type TokenRow,
  tokenFilteringOptions,
  tokenFilteringProperties,
  tokenRows,
} from '../token-collection.js';
import { useBulkEnd } from './bulk-end.js';

/** What most kinds' lists have beyond every kind's properties: nothing (one array, so rows are derived once). */
const NO_FACETS: readonly never[] = [];

/** Rows a page shows: enough for a screen, and a page of them is always in view. */
const PAGE_SIZE = 20;

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * A kind's tokens as a Cloudscape table: a property filter (name, status, created, last used, created by),
 * ordering by name, creation or last use (newest first), pages, and choosing active tokens to end together.
 */
export const TokenTable = <T extends FilterableToken & { readonly id: string }>({
  tokens,
  columns,
  nameOf,
  facets = NO_FACETS,
  kind,
  ends,
  selectable,
  title,
  description,
  actions,
  end,
  onEnded,
  onError,
}: {
  tokens: readonly T[];
  columns: readonly Column<T>[];
  nameOf: (token: T) => string;
  /** The kind's own ways to find a token (a project token's environment). */
  facets?: readonly TokenFacet<T>[];
  kind: { readonly label: string; readonly onDelete: 'revoke' | 'remove' };
  /** "Revoke" or "Delete", as the kind's DELETE does. */
  ends: string;
  /** Whether the caller may end tokens, and so choose them. */
  selectable: boolean;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  end(tokenId: string): Promise<void>;
  onEnded(): void;
  onError(failure: unknown): void;
}) => {
  const principalName = usePrincipalName();
  const rows = useMemo(
    () => tokenRows(tokens, nameOf, principalName, facets),
    [tokens, nameOf, principalName, facets],
  );
  const plural = `${kind.label}s`;
  const {
    items,
    collectionProps,
    propertyFilterProps,
    paginationProps,
    filteredItemsCount,
    actions: set,
  } = useCollection(rows, {
    propertyFiltering: {
      filteringProperties: tokenFilteringProperties(facets as readonly TokenFacet<never>[]),
      filteringOptions: tokenFilteringOptions(rows, facets as readonly TokenFacet<never>[]),
      empty: `No ${plural} yet.`,
      noMatch: `No ${kind.label} matches.`,
    },
    sorting: {
      defaultState: { sortingColumn: { sortingComparator: TOKEN_SORTS.Created! }, isDescending: true },
    },
    pagination: { pageSize: PAGE_SIZE },
    selection: { trackBy: (row) => row.token.id },
  });
  const bulkEnd = useBulkEnd<T>({
    end,
    nameOf,
    kind,
    ends,
    onDone: () => {
      set.setSelectedItems([]);
      onEnded();
    },
    onError,
  });
  // Only what is on the screen and still active can be ended together: never a token out of sight.
  // Rows are derived again when the list reloads: a chosen token is found by its id, as it is now.
  const shown = new Map(items.map((row) => [row.token.id, row]));
  const chosen = (collectionProps.selectedItems ?? [])
    .map((row) => shown.get(row.token.id))
    .filter((row) => row?.status === 'active')
    .map((row) => row!.token);
  return (
    <>
      <Table<TokenRow<T>>
        {...collectionProps}
        variant="container"
        items={items}
        wrapLines
        columnDefinitions={columnDefinitions(columns).map(({ sortingComparator: _, ...definition }) => ({
          ...definition,
          cell: (row: TokenRow<T>) => definition.cell(row.token),
          ...(TOKEN_SORTS[definition.id] === undefined
            ? {}
            : {
                sortingComparator: TOKEN_SORTS[definition.id] as (a: TokenRow<T>, b: TokenRow<T>) => number,
              }),
        }))}
        {...(selectable
          ? {
              selectionType: 'multi' as const,
              isItemDisabled: (row: TokenRow<T>) => row.status !== 'active',
            }
          : {})}
        ariaLabels={{
          tableLabel: capitalized(plural),
          selectionGroupLabel: `Choose ${plural}`,
          allItemsSelectionLabel: () => `Select every active ${kind.label} shown`,
          itemSelectionLabel: (_, row) => `Select ${row.name}`,
        }}
        header={
          <Header
            variant="h2"
            counter={`(${filteredItemsCount ?? rows.length})`}
            description={description}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {bulkEnd.button(chosen)}
                {actions}
              </SpaceBetween>
            }
          >
            {title}
          </Header>
        }
        filter={
          <PropertyFilter
            {...propertyFilterProps}
            filteringAriaLabel={`Find ${plural}`}
            filteringPlaceholder="Find by name, status, created, last used or created by"
            countText={`${filteredItemsCount ?? 0} matches`}
            expandToViewport
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
      {bulkEnd.dialog}
    </>
  );
};
