import { useState } from 'react';
import { ROLES } from '../../../shared/domain/roles.js';
import type { ScreenProps } from '../App.js';
import { formErrorOf } from '../errors.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { ConfirmDialog, FormMessage, Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';

/** Where members live: the route parameter naming the resource, its API collection, and the way back. */
const MEMBER_SCOPES = [
  {
    param: 'workspaceId',
    collection: 'workspaces',
    label: 'Workspace',
    back: (id: string) => `/workspaces/${id}`,
  },
  { param: 'siteId', collection: 'sites', label: 'Site', back: (id: string) => `/sites/${id}/tokens` },
  { param: 'projectId', collection: 'projects', label: 'Project', back: (id: string) => `/projects/${id}` },
] as const;

/** Members of a workspace, site or project: who holds which role; add, change or remove. */
export const Members = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const scope = MEMBER_SCOPES.find((candidate) => params[candidate.param] !== undefined)!;
  const id = params[scope.param]!;
  // One call shape for the three resources: the typed client checks each path, so it is chosen here.
  const base = `/v1/${scope.collection}/${id}/members`;
  const request = async (method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
    (
      await client.request(
        method.toLowerCase() as 'get',
        path as never,
        { ...(body === undefined ? {} : { body }) } as never,
      )
    ).data as unknown as {
      items: { principalId: string; role: string; name?: string }[];
    };
  const { state, reload } = useLoad(() => request('GET', base), [base]);
  const [removing, setRemoving] = useState<string>();
  const [error, setError] = useState<string>();
  return (
    <>
      <PageHeader title="Members" crumbs={[[scope.label, scope.back(id)]]} />
      <FormMessage message={error} />
      <Loadable state={state} isEmpty={(page) => page.items.length === 0} empty={<p>No members yet.</p>}>
        {(page) => (
          <DataTable
            rows={page.items}
            rowKey={(member) => member.principalId}
            columns={[
              { header: 'Principal', cell: (member) => member.name ?? member.principalId },
              { header: 'Role', cell: (member) => member.role },
              {
                header: 'Actions',
                hiddenHeader: true,
                cell: (member) => (
                  <button type="button" className="danger" onClick={() => setRemoving(member.principalId)}>
                    Remove
                  </button>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      <h2>Add or change a member</h2>
      <SimpleForm
        fields={[
          { name: 'principalId', label: 'Principal ID' },
          { name: 'role', label: 'Role', options: ROLES },
        ]}
        submitLabel="Save member"
        onSubmit={async ({ principalId, role }) => {
          await request('PUT', `${base}/${principalId}`, { role });
          reload();
        }}
      />
      <ConfirmDialog
        open={removing !== undefined}
        title="Remove member?"
        confirmLabel="Remove"
        onCancel={() => setRemoving(undefined)}
        onConfirm={async () => {
          const principalId = removing!;
          setRemoving(undefined);
          try {
            await request('DELETE', `${base}/${principalId}`);
            reload();
          } catch (failure) {
            setError(formErrorOf(failure).message);
          }
        }}
      >
        <p>They lose every permission this role gave them here.</p>
      </ConfirmDialog>
    </>
  );
};
