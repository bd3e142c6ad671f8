import { Link } from '../router.js';
import type { ScreenProps } from '../screen.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

export const Workspaces = ({ session }: ScreenProps) => {
  const { client } = session;
  const { state, reload } = useLoad(async () => (await client.GET('/v1/workspaces')).data!.items, []);
  return (
    <>
      <PageHeader title="Workspaces" />
      <Loadable
        state={state}
        isEmpty={(items) => items.length === 0}
        empty={<p>No workspaces yet. Create the first one below.</p>}
      >
        {(items) => (
          <DataTable
            label="Workspaces"
            rows={items}
            rowKey={(workspace) => workspace.id}
            columns={[
              {
                header: 'Name',
                cell: (workspace) => <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>,
              },
              { header: 'Plan', cell: (workspace) => workspace.plan },
              { header: 'Created', cell: (workspace) => <When iso={workspace.createdAt} /> },
            ]}
          />
        )}
      </Loadable>
      <h2>New workspace</h2>
      <SimpleForm
        fields={[
          { name: 'name', label: 'Name' },
          {
            name: 'plan',
            label: 'Plan',
            options: ['enterprise', 'free'],
            hint: 'Workspace tokens and the audit log need enterprise.',
          },
        ]}
        submitLabel="Create workspace"
        onSubmit={async ({ name, plan }) => {
          await client.POST('/v1/workspaces', { body: { name: name!, plan: plan as 'free' | 'enterprise' } });
          reload();
        }}
      />
    </>
  );
};
