import { relativeTime, shortTime } from './times.js';

/** A moment as "5 minutes ago", with the date and time it was on hover (and for assistive technology). */
export const When = ({ iso }: { iso: string | null | undefined }) =>
  iso == null ? (
    <>—</>
  ) : (
    <time dateTime={iso} title={shortTime(iso)}>
      {relativeTime(iso, Date.now())}
    </time>
  );
