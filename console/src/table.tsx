import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import { type ReactNode, useState } from 'react';

/** A column of a data table: its header (hidden ones are read by screen readers only) and its cell. */
export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly hiddenHeader?: boolean;
  /** The narrowest the column may be drawn, in px: what must stay readable (statuses, actions). */
  readonly minWidth?: number;
  /** Orders the table by this column when its header is chosen. */
  readonly sortingComparator?: (a: T, b: T) => number;
}

/** The Table's column definitions for a list of columns: the header is the column's id. */
export const columnDefinitions = <T,>(columns: readonly Column<T>[]) =>
  columns.map((column) => ({
    id: column.header,
    header: column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header,
    cell: column.cell,
    ...(column.minWidth === undefined ? {} : { minWidth: column.minWidth }),
    ...(column.sortingComparator === undefined ? {} : { sortingComparator: column.sortingComparator }),
  }));

/**
 * Every plain list of the console: columns as data, one row per item. On a narrow screen the table scrolls
 * inside its container instead of clipping its buttons or widening the page.
 */
export const DataTable = <T,>({
  rows,
  columns,
  rowKey,
  label = 'List',
  header,
  empty,
  pagination,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** What the list is, for screen readers. */
  label?: string;
  header?: ReactNode;
  empty?: ReactNode;
  pagination?: ReactNode;
}) => (
  <Table
    variant="container"
    items={rows}
    trackBy={rowKey}
    columnDefinitions={columnDefinitions(columns)}
    ariaLabels={{ tableLabel: label }}
    header={header}
    empty={empty}
    pagination={pagination}
    wrapLines
  />
);

/** Cursor paging for newest-first lists: the cursor of the page shown, and its Pagination (a render function). */
export const usePages = () => {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors.at(-1),
    pager: (next: string | undefined) => (
      <Pagination
        currentPageIndex={cursors.length}
        pagesCount={cursors.length}
        // Pages further on are known only by the cursor the page shown hands out.
        openEnd={next !== undefined}
        onChange={({ detail }) =>
          setCursors(
            detail.currentPageIndex > cursors.length
              ? [...cursors, next]
              : cursors.slice(0, detail.currentPageIndex),
          )
        }
      />
    ),
  };
};
