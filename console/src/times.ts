/** A moment as people read it, in their locale: "3 Dec 2026, 13:05"; a dash for none. */
export const shortTime = (iso: string | null | undefined): string =>
  iso == null ? '—' : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
