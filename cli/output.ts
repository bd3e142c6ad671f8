import { styleText } from 'node:util';
import { escapeUnsafe } from '../shared/domain/plain-text.js';

/**
 * What commands print: tables for people, JSON for scripts. Colour only on a terminal and never with
 * NO_COLOR. Secrets go to stdout only (never stderr), so `2>log` never captures one.
 */

export interface Output {
  readonly json: boolean;
  readonly quiet: boolean;
  print(text: string): void;
  /** Notes for people (progress, hints): stderr, so stdout stays parseable. */
  note(text: string): void;
  style(format: Parameters<typeof styleText>[0], text: string): string;
}

export const createOutput = (
  flags: { readonly json?: boolean; readonly quiet?: boolean },
  streams: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } = process,
  env: NodeJS.ProcessEnv = process.env,
): Output => {
  const colour = streams.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
  return {
    json: flags.json === true,
    quiet: flags.quiet === true,
    print: (text) => streams.stdout.write(`${text}\n`),
    note: (text) => streams.stderr.write(`${text}\n`),
    style: (format, text) => (colour ? styleText(format, text) : text),
  };
};

export type Column<T> = readonly [header: string, value: (row: T) => string | null | undefined];

/**
 * A plain, aligned table; `-` for empty cells. Cells are printed as text, never as terminal commands: a
 * control character or a reordering mark in a name (stored before they were refused, or from elsewhere) is
 * written out as `\u{…}`.
 */
export const table = <T>(rows: readonly T[], columns: readonly Column<T>[], out: Output): string => {
  const cells = rows.map((row) => columns.map(([, value]) => escapeUnsafe(value(row) ?? '-')));
  const widths = columns.map(([header], i) =>
    Math.max(header.length, ...cells.map((line) => line[i]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [out.style('bold', line(columns.map(([header]) => header))), ...cells.map(line)].join('\n');
};

/** `2026-01-02T03:04:05.000Z` → `2026-01-02 03:04`. */
export const shortTime = (iso: string | null | undefined): string | null =>
  iso == null ? null : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Prints a page: JSON as received, or a table and a hint for the next page. */
export const printPage = <T>(
  page: { readonly items: readonly T[]; readonly nextCursor?: string },
  columns: readonly Column<T>[],
  out: Output,
): void => {
  if (out.json) {
    out.print(JSON.stringify(page, null, 2));
    return;
  }
  out.print(page.items.length === 0 ? 'Nothing here yet.' : table(page.items, columns, out));
  if (page.nextCursor !== undefined) out.note(`More: add --cursor ${page.nextCursor}`);
};

/** Prints one resource: JSON, or `field  value` lines. */
export const printRecord = (record: Record<string, unknown>, out: Output): void => {
  if (out.json) {
    out.print(JSON.stringify(record, null, 2));
    return;
  }
  const width = Math.max(...Object.keys(record).map((key) => key.length));
  for (const [key, value] of Object.entries(record)) {
    const shown =
      value === null || value === undefined
        ? '-'
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    out.print(`${out.style('dim', key.padEnd(width))}  ${shown}`);
  }
};
