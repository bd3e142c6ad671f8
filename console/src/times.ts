/** A moment as people read it, in their locale: "3 Dec 2026, 13:05"; a dash for none. */
export const shortTime = (iso: string | null | undefined): string =>
  iso == null ? '—' : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const UNITS: readonly (readonly [unit: Intl.RelativeTimeFormatUnit, seconds: number, below: number])[] = [
  ['minute', 60, 45 * 60],
  ['hour', 3_600, 22 * 3_600],
  ['day', 86_400, 26 * 86_400],
  ['month', 30 * 86_400, 320 * 86_400],
  ['year', 365 * 86_400, Number.POSITIVE_INFINITY],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** How long ago (or until) a moment is, as people say it: "just now", "5 minutes ago", "in 3 days". */
export const relativeTime = (iso: string, nowMs: number): string => {
  const seconds = (Date.parse(iso) - nowMs) / 1_000;
  if (Math.abs(seconds) < 45) return 'just now';
  const [unit, size] = UNITS.find(([, , below]) => Math.abs(seconds) < below)!;
  return relative.format(Math.round(seconds / size), unit);
};
