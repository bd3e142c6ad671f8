import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { DataTable } from './table.js';
import { Loadable } from './ui.js';
import { codesOf, type Granularity, type LoadUsage, type Usage } from './usage-model.js';
import { useLoad } from './use-load.js';

/** The chart is loaded on first use, in a chunk of its own: a token list needs none of its code. */
const UsageChart = lazy(() => import('./usage-chart.js'));

const when = (iso: string, granularity: Granularity) =>
  granularity === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

const RANGES = [
  { id: 'hour', text: 'Last 24 hours' },
  { id: 'day', text: 'Last 30 days' },
] as const;

/** Verifications over time as stacked bars by outcome, with the same numbers as a table for screen readers. */
export const UsagePanel = ({
  title,
  source,
  load,
  action,
}: {
  title: string;
  /** What is charted (an owner key or a token id): the load runs again when it changes. */
  source: string;
  load: LoadUsage;
  action?: ReactNode;
}) => {
  const [granularity, setGranularity] = useState<Granularity>('hour');
  const { state } = useLoad(() => load(granularity), [source, granularity]);
  return (
    <div data-testid="usage">
      <Container
        header={
          <Header
            variant="h2"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <SegmentedControl
                  label="Range"
                  selectedId={granularity}
                  options={RANGES.map((range) => ({ ...range }))}
                  onChange={({ detail }) => setGranularity(detail.selectedId as Granularity)}
                />
                {action}
              </SpaceBetween>
            }
          >
            {title}
          </Header>
        }
      >
        <Loadable state={state}>{(usage) => <UsageFigure usage={usage} />}</Loadable>
      </Container>
    </div>
  );
};

const UsageFigure = ({ usage }: { usage: Usage }) => {
  const codes = codesOf(usage);
  const summary = `${usage.total} verifications: ${codes.map((code) => `${usage.totals[code]} ${code}`).join(', ') || 'none'}`;
  const buckets = usage.buckets.filter((bucket) => bucket.total > 0);
  return (
    <SpaceBetween size="s">
      <Suspense fallback={<Box color="text-status-inactive">Drawing the chart…</Box>}>
        <UsageChart usage={usage} codes={codes} summary={summary} />
      </Suspense>
      <Box variant="small" data-testid="usage-summary">
        {summary}
        {usage.lastUsedAt !== undefined && (
          <> · last used {usage.lastUsedAt === null ? 'never' : when(usage.lastUsedAt, 'hour')}</>
        )}
        . Counts arrive within a minute.
      </Box>
      <ExpandableSection headerText="As a table">
        <DataTable
          label={`Verifications per ${usage.granularity}`}
          rows={buckets}
          rowKey={(bucket) => bucket.start}
          empty="No verifications in this range."
          columns={[
            {
              header: usage.granularity === 'day' ? 'Day' : 'Hour',
              cell: (bucket) => when(bucket.start, usage.granularity),
            },
            ...codes.map((code) => ({
              header: code,
              cell: (bucket: (typeof buckets)[number]) => bucket.counts[code] ?? 0,
            })),
          ]}
        />
      </ExpandableSection>
    </SpaceBetween>
  );
};
