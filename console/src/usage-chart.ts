import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { OUTCOME_COLOURS, type Usage } from './usage-model.js';

/**
 * The chart itself, loaded on first use (its own chunk): Chart.js with only the parts a stacked bar chart
 * needs registered, so the rest of the library is left out of the bundle.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const labelOf = (start: string, granularity: Usage['granularity']): string =>
  granularity === 'day' ? start.slice(5, 10) : `${start.slice(5, 10)} ${start.slice(11, 13)}h`;

/** Stacked bars, one series per outcome the range has, coloured by outcome. */
export const drawUsage = (canvas: HTMLCanvasElement, usage: Usage): Chart => {
  const codes = Object.keys(OUTCOME_COLOURS).filter((code) => (usage.totals[code] ?? 0) > 0);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: usage.buckets.map((bucket) => labelOf(bucket.start, usage.granularity)),
      datasets: codes.map((code) => ({
        label: code,
        data: usage.buckets.map((bucket) => bucket.counts[code] ?? 0),
        backgroundColor: OUTCOME_COLOURS[code as keyof typeof OUTCOME_COLOURS],
      })),
    },
    options: {
      // Drawn at once: no motion for people who asked for none, and nothing half-drawn to wait for.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
};
