import { type ReactNode, useState } from 'react';

/** A column of a data table: its header (hidden ones are read by screen readers only) and its cell. */
export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly hiddenHeader?: boolean;
  readonly className?: string;
}

/**
 * Every list of the console: columns as data, one row per item. On a narrow screen the table scrolls
 * inside its box (which takes keyboard focus, so it can be scrolled without a mouse) instead of clipping
 * its buttons.
 */
export const DataTable = <T,>({
  rows,
  columns,
  rowKey,
  label = 'List',
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** What the list is, for screen readers (the scroll box is a labelled region). */
  label?: string;
}) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
  <section className="table-scroll" aria-label={label} tabIndex={0}>
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.header}>
              {column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

/** Cursor paging for newest-first lists: the cursor of the page shown, and the controls to move (a render function). */
export const usePages = () => {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors.at(-1),
    pager: (next: string | undefined) => (
      <div className="actions">
        <button
          type="button"
          disabled={cursors.length === 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          Newer
        </button>
        <button type="button" disabled={next === undefined} onClick={() => setCursors([...cursors, next])}>
          Older
        </button>
      </div>
    ),
  };
};
