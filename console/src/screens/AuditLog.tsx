import { useState } from 'react';
import type { ScreenProps } from '../App.js';
import { Field, Loadable, PageHeader, shortTime } from '../ui.js';
import { useLoad } from '../use-load.js';

/** Workspace audit log: newest first, a page at a time, filtered by action and day on the page shown. */
export const AuditLog = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const workspaceId = params.workspaceId!;
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
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
          ['Workspace', `/workspaces/${workspaceId}`],
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
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Action</th>
                      <th scope="col">Target</th>
                      <th scope="col">By</th>
                    </tr>
                  </thead>
                  <tbody>
                    {events.map((event) => (
                      <tr key={event.id}>
                        <td>{shortTime(event.at)}</td>
                        <td>{event.action}</td>
                        <td>
                          {event.target.type} {event.target.name ?? event.target.id}
                        </td>
                        <td>{event.actor.principalId ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
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
          );
        }}
      </Loadable>
    </>
  );
};
