import type { ScreenProps } from '../screen.js';
import { DataTable, usePages } from '../table.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

/** A project token's requests, newest first: user agent, IP, geo, query, outcome. */
export const ProjectTokenLogs = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const { projectId, tokenId } = params as { projectId: string; tokenId: string };
  const { cursor, pager } = usePages();
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
          [{ type: 'project', id: projectId }, `/projects/${projectId}`],
          ['Project tokens', `/projects/${projectId}/tokens`],
        ]}
      />
      <Loadable state={state}>
        {(page) => (
          <DataTable
            label="Requests"
            empty="No requests yet."
            pagination={pager(page.nextCursor)}
            rows={page.items}
            rowKey={(entry) => entry.id}
            columns={[
              { header: 'When', cell: (entry) => <When iso={entry.at} /> },
              {
                header: 'Request',
                cell: (entry) => (
                  <code>{`${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ''}`}</code>
                ),
              },
              { header: 'Outcome', cell: (entry) => entry.outcome },
              { header: 'IP', cell: (entry) => entry.sourceIp ?? '—' },
              {
                header: 'Geo',
                cell: (entry) => [entry.country, entry.city].filter(Boolean).join(', ') || '—',
              },
              { header: 'User agent', cell: (entry) => entry.userAgent ?? '—' },
            ]}
          />
        )}
      </Loadable>
    </>
  );
};
