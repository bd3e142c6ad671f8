import { useState } from 'react';
import type { ScreenProps } from '../App.js';
import { Loadable, PageHeader, shortTime } from '../ui.js';
import { useLoad } from '../use-load.js';

/** A project token's requests, newest first: user agent, IP, geo, query, outcome. */
export const ProjectTokenLogs = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const { projectId, tokenId } = params as { projectId: string; tokenId: string };
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const { state } = useLoad(
    async () =>
      (
        await client.GET('/v1/projects/{projectId}/tokens/{tokenId}/logs', {
          params: {
            path: { projectId, tokenId },
            query: { limit: 50, ...(cursor === undefined ? {} : { cursor }) },
          },
        })
      ).data!,
    [projectId, tokenId, cursor],
  );
  return (
    <>
      <PageHeader
        title="Request logs"
        crumbs={[
          ['Projects', '/projects'],
          ['Project tokens', `/projects/${projectId}/tokens`],
        ]}
      />
      <Loadable state={state} isEmpty={(page) => page.items.length === 0} empty={<p>No requests yet.</p>}>
        {(page) => (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Request</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">IP</th>
                  <th scope="col">Geo</th>
                  <th scope="col">User agent</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{shortTime(entry.at)}</td>
                    <td>
                      <code>
                        {entry.method} {entry.path}
                        {entry.query ? `?${entry.query}` : ''}
                      </code>
                    </td>
                    <td>{entry.outcome}</td>
                    <td>{entry.sourceIp ?? '—'}</td>
                    <td>{[entry.country, entry.city].filter(Boolean).join(', ') || '—'}</td>
                    <td>{entry.userAgent ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button
                type="button"
                disabled={cursors.length === 1}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                Newer
              </button>
              <button
                type="button"
                disabled={page.nextCursor === undefined}
                onClick={() => setCursors([...cursors, page.nextCursor])}
              >
                Older
              </button>
            </div>
          </>
        )}
      </Loadable>
    </>
  );
};
