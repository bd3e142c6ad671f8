import DateInput from '@cloudscape-design/components/date-input';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { components, KeywardClient } from '../../../client/index.js';
import { usePrincipalName } from '../principal-names.js';
import type { ScreenProps } from '../screen.js';
import { DataTable, usePages } from '../table.js';
import { Field, Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

type Tenant = 'workspace' | 'project';

/** Each tenant's audit log route and breadcrumbs: the screen needs no branch on which it shows. */
const TENANTS: Readonly<
  Record<
    Tenant,
    {
      readonly list: (
        client: KeywardClient,
        id: string,
        query: { limit: number; cursor?: string },
      ) => Promise<AuditPage>;
      readonly home: readonly [label: string, to: string];
      readonly path: (id: string) => string;
    }
  >
> = {
  workspace: {
    list: async (client, workspaceId, query) =>
      (
        await client.GET('/v1/workspaces/{workspaceId}/audit-logs', {
          params: { path: { workspaceId }, query },
        })
      ).data!,
    home: ['Workspaces', '/'],
    path: (id) => `/workspaces/${id}`,
  },
  project: {
    list: async (client, projectId, query) =>
      (await client.GET('/v1/projects/{projectId}/audit-logs', { params: { path: { projectId }, query } }))
        .data!,
    home: ['Projects', '/projects'],
    path: (id) => `/projects/${id}`,
  },
};

type AuditPage = { readonly items: components['schemas']['AuditEvent'][]; readonly nextCursor?: string };

/** A workspace's or project's audit log: newest first, a page at a time, filtered by action and day. */
export const AuditLog = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const nameOf = usePrincipalName();
  const tenant: Tenant = params.projectId === undefined ? 'workspace' : 'project';
  const id = (params.projectId ?? params.workspaceId)!;
  const { list, home, path } = TENANTS[tenant];
  const { cursor, pager } = usePages();
  const [action, setAction] = useState('');
  const [day, setDay] = useState('');
  const { state } = useLoad(
    () => list(client, id, { limit: 50, ...(cursor === undefined ? {} : { cursor }) }),
    [tenant, id, cursor],
  );
  return (
    <>
      <PageHeader title="Audit log" crumbs={[home, [{ type: tenant, id }, path(id)]]} />
      <SpaceBetween direction="horizontal" size="m">
        <Field label="Action">
          <Input
            placeholder="e.g. token.created"
            value={action}
            onChange={({ detail }) => setAction(detail.value)}
          />
        </Field>
        <Field label="Day" hint="YYYY/MM/DD">
          <DateInput placeholder="YYYY/MM/DD" value={day} onChange={({ detail }) => setDay(detail.value)} />
        </Field>
      </SpaceBetween>
      <Loadable state={state}>
        {(page) => {
          const events = page.items.filter(
            (event) => event.action.includes(action) && (day === '' || event.at.startsWith(day)),
          );
          return (
            <DataTable
              label="Audit events"
              rows={events}
              rowKey={(event) => event.id}
              empty="No events match."
              pagination={pager(page.nextCursor)}
              columns={[
                { header: 'When', cell: (event) => <When iso={event.at} /> },
                { header: 'Action', cell: (event) => event.action },
                {
                  header: 'Target',
                  cell: (event) => `${event.target.type} ${event.target.name ?? event.target.id}`,
                },
                { header: 'By', cell: (event) => nameOf(event.actor.principalId) },
              ]}
            />
          );
        }}
      </Loadable>
    </>
  );
};
