import { useState } from 'react';
import { ResourceName } from '../resource-name.js';
import type { ScreenProps } from '../screen.js';
import { DataTable, usePages } from '../table.js';
import { Field, Loadable, PageHeader, shortTime } from '../ui.js';
import { useLoad } from '../use-load.js';

/** Workspace audit log: newest first, a page at a time, filtered by action and day on the page shown. */
export const AuditLog = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const workspaceId = params.workspaceId!;
  const { cursor, pager } = usePages();
  const [action, setAction] = useState('');
  const [day, setDay] = useState('');
  const { state } = useLoad(
    async () =>
      (
        await client.GET('/v1/workspaces/{workspaceId}/audit-logs', {
          params: {
            path: { workspaceId },
            query: { limit: 50, ...(cursor === undefined ? {} : { cursor }) },
          },
        })
      ).data!,
    [workspaceId, cursor],
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        crumbs={[
          ['Workspaces', '/'],
          [
            <ResourceName client={client} type="workspace" id={workspaceId} key="w" />,
            `/workspaces/${workspaceId}`,
          ],
        ]}
      />
      <div className="filters">
        <Field label="Action">
          {(props) => (
            <input
              {...props}
              placeholder="e.g. token.created"
              value={action}
              onChange={(e) => setAction(e.target.value)}
            />
          )}
        </Field>
        <Field label="Day">
          {(props) => <input {...props} type="date" value={day} onChange={(e) => setDay(e.target.value)} />}
        </Field>
      </div>
      <Loadable state={state}>
        {(page) => {
          const events = page.items.filter(
            (event) => event.action.includes(action) && (day === '' || event.at.startsWith(day)),
          );
          return (
            <>
              {events.length === 0 ? (
                <p className="empty">No events match.</p>
              ) : (
                <DataTable
                  label="Audit events"
                  rows={events}
                  rowKey={(event) => event.id}
                  columns={[
                    { header: 'When', cell: (event) => shortTime(event.at) },
                    { header: 'Action', cell: (event) => event.action },
                    {
                      header: 'Target',
                      cell: (event) => `${event.target.type} ${event.target.name ?? event.target.id}`,
                    },
                    { header: 'By', cell: (event) => event.actor.principalId ?? '—' },
                  ]}
                />
              )}
              {pager(page.nextCursor)}
            </>
          );
        }}
      </Loadable>
    </>
  );
};
