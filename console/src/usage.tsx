import { useEffect, useId, useRef, useState } from 'react';
import type { VerificationCode } from '../../shared/verify/outcome.js';
import { Loadable } from './ui.js';
import { type Granularity, type LoadUsage, OUTCOME_COLOURS, type Usage } from './usage-model.js';
import { useLoad } from './use-load.js';

const when = (iso: string, granularity: Granularity) =>
  granularity === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Verifications over time as stacked bars by outcome, with the same numbers as a table for screen readers. */
export const UsagePanel = ({
  title,
  source,
  load,
}: {
  title: string;
  /** What is charted (an owner key or a token id): the load runs again when it changes. */
  source: string;
  load: LoadUsage;
}) => {
  const [granularity, setGranularity] = useState<Granularity>('hour');
  const { state } = useLoad(() => load(granularity), [source, granularity]);
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
