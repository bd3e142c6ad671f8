import BarChart from '@cloudscape-design/components/bar-chart';
import Box from '@cloudscape-design/components/box';
import type { VerificationCode } from '../../shared/verify/outcome.js';
import { OUTCOME_COLOURS, type Usage } from './usage-model.js';

const labelOf = (start: string, granularity: Usage['granularity']): string =>
  granularity === 'day' ? start.slice(5, 10) : `${start.slice(5, 10)} ${start.slice(11, 13)}h`;

/**
 * Stacked bars, one series per outcome the range has, coloured by outcome. With nothing in the range the
 * chart says why it is empty instead of drawing empty axes.
 */
const UsageChart = ({
  usage,
  codes,
  summary,
}: {
  usage: Usage;
  /** The outcomes the range has (`codesOf`), one series each. */
  codes: readonly VerificationCode[];
  summary: string;
}) => {
  return (
    <div data-testid="usage-chart">
      <BarChart
        stackedBars
        hideFilter
        height={220}
        xScaleType="categorical"
        xTitle={usage.granularity === 'day' ? 'Day' : 'Hour'}
        yTitle="Verifications"
        ariaLabel={summary}
        series={codes.map((code) => ({
          type: 'bar' as const,
          title: code,
          color: OUTCOME_COLOURS[code],
          data: usage.buckets.map((bucket) => ({
            x: labelOf(bucket.start, usage.granularity),
            y: bucket.counts[code] ?? 0,
          })),
        }))}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No verifications in this range</b>
            <Box variant="p" color="inherit">
              A token's verifications are counted here within a minute of each request that carries it.
            </Box>
          </Box>
        }
      />
    </div>
  );
};

export default UsageChart;
