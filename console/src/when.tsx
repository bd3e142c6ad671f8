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

/** When a token was last used, and from where: its newest address, the others in the title. */
export const LastUsed = ({
  token,
}: {
  token: {
    readonly lastUsedAt: string | null;
    readonly recentSources: readonly { ip: string; at: string }[];
  };
}) => {
  const [newest, ...older] = token.recentSources;
  return (
    <>
      <When iso={token.lastUsedAt} />
      {newest === undefined ? null : (
        <div
          className="token-sources"
          {...(older.length === 0
            ? {}
            : { title: token.recentSources.map(({ ip, at }) => `${ip} ${shortTime(at)}`).join('\n') })}
        >
          from {newest.ip}
          {older.length === 0 ? '' : ` and ${older.length} more`}
        </div>
      )}
    </>
  );
};
