import { useEffect, useId, useRef, useState } from 'react';
import type { VerificationCode } from '../../shared/verify/outcome.js';
import { Loadable } from './ui.js';
import { useLoad } from './use-load.js';

export type Granularity = 'hour' | 'day';

/** A usage answer of the API (`GET …/usage`). */
export interface Usage {
  readonly granularity: Granularity;
  readonly total: number;
  readonly totals: Readonly<Partial<Record<string, number>>>;
  readonly buckets: readonly {
    readonly start: string;
    readonly total: number;
    readonly counts: Readonly<Partial<Record<string, number>>>;
  }[];
  readonly lastUsedAt?: string | null;
}

export type LoadUsage = (granularity: Granularity) => Promise<Usage>;

/**
 * A colour per outcome, in the order bars stack: allowed first (green), then refusals of the request (amber),
 * limits (blue, purple) and refusals of the token itself (reds and greys). Distinct at a glance, and the
 * table under the chart says the same in words.
 */
export const OUTCOME_COLOURS: Readonly<Record<VerificationCode, string>> = {
  VALID: '#1a7f37',
  INSUFFICIENT_SCOPE: '#bf8700',
  FORBIDDEN: '#9a6700',
  RATE_LIMITED: '#0969da',
  USAGE_EXCEEDED: '#8250df',
  NOT_FOUND: '#cf222e',
  REVOKED: '#82071e',
  EXPIRED: '#6e7781',
  DISABLED: '#424a53',
  MALFORMED: '#d1242f',
};

const when = (iso: string, granularity: Granularity) =>
  granularity === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Verifications over time as stacked bars by outcome, with the same numbers as a table for screen readers. */
export const UsagePanel = ({ title, load }: { title: string; load: LoadUsage }) => {
  const [granularity, setGranularity] = useState<Granularity>('hour');
  const { state } = useLoad(() => load(granularity), [title, granularity]);
  const headingId = useId();
  return (
    <section className="usage" aria-labelledby={headingId} data-testid="usage">
      <h2 id={headingId}>{title}</h2>
      <fieldset className="inline">
        <legend className="visually-hidden">Buckets</legend>
        {(['hour', 'day'] as const).map((size) => (
          <label key={size}>
            <input
              type="radio"
              name={`${headingId}-granularity`}
              value={size}
              checked={granularity === size}
              onChange={() => setGranularity(size)}
            />{' '}
            {size === 'hour' ? 'Last 24 hours' : 'Last 30 days'}
          </label>
        ))}
      </fieldset>
      <Loadable state={state}>{(usage) => <UsageChart usage={usage} />}</Loadable>
    </section>
  );
};

const UsageChart = ({ usage }: { usage: Usage }) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let current = true;
    void import('./usage-chart.js').then(({ drawUsage }) => {
      if (current && canvas.current !== null) chart = drawUsage(canvas.current, usage);
    });
    return () => {
      current = false;
      chart?.destroy();
    };
  }, [usage]);
  const codes = (Object.keys(OUTCOME_COLOURS) as VerificationCode[]).filter(
    (code) => (usage.totals[code] ?? 0) > 0,
  );
  const summary = `${usage.total} verifications: ${codes.map((code) => `${usage.totals[code]} ${code}`).join(', ') || 'none'}`;
  return (
    <figure>
      <div className="usage-chart">
        <canvas ref={canvas} role="img" aria-label={summary} data-testid="usage-chart" />
      </div>
      <figcaption>
        {summary}
        {usage.lastUsedAt !== undefined && (
          <> · last used {usage.lastUsedAt === null ? 'never' : when(usage.lastUsedAt, 'hour')}</>
        )}
        . Counts arrive within a minute.
      </figcaption>
      <details>
        <summary>As a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{usage.granularity === 'day' ? 'Day' : 'Hour'}</th>
              {codes.map((code) => (
                <th scope="col" key={code}>
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {usage.buckets
              .filter((bucket) => bucket.total > 0)
              .map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{when(bucket.start, usage.granularity)}</th>
                  {codes.map((code) => (
                    <td key={code}>{bucket.counts[code] ?? 0}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
};
