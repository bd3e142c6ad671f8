import { VERIFICATION_CODES } from '../shared/verify/outcome.js';
import { type Column, type createOutput, shortTime, table } from './output.js';

/** A token's verifications over time, as `GET /v1/tokens/{tokenId}/usage` answers them. */
export interface Usage {
  readonly total: number;
  readonly totals: Readonly<Record<string, number>>;
  readonly buckets: readonly { start: string; total: number; counts: Readonly<Record<string, number>> }[];
  readonly lastUsedAt?: string | null;
}

/** A row per bucket, a column per outcome the range has (in the order codes are defined), and the totals. */
export const printUsage = (usage: Usage, out: ReturnType<typeof createOutput>) => {
  if (out.json) return out.print(JSON.stringify(usage, null, 2));
  const codes = VERIFICATION_CODES.filter((code) => (usage.totals[code] ?? 0) > 0);
  const rows = [...usage.buckets, { start: 'TOTAL', total: usage.total, counts: usage.totals }];
  out.print(
    table(
      rows,
      [
        ['START', (row) => (row.start === 'TOTAL' ? 'TOTAL' : shortTime(row.start))],
        ...codes.map((code): Column<(typeof rows)[number]> => [code, (row) => String(row.counts[code] ?? 0)]),
        ['ALL', (row) => String(row.total)],
      ],
      out,
    ),
  );
  if (usage.lastUsedAt !== undefined) out.note(`Last used: ${shortTime(usage.lastUsedAt) ?? 'never'}`);
};
