import Link from '@cloudscape-design/components/link';
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
      <PageHeader title="Workspaces" description="Each workspace holds sites, members and their tokens." />
      <Loadable state={state}>
        {(items) => (
          <DataTable
            label="Workspaces"
            rows={items}
            rowKey={(workspace) => workspace.id}
            empty="No workspaces yet. Create the first one below."
            columns={[
              {
                header: 'Name',
                cell: (workspace) => <Link href={`#/workspaces/${workspace.id}`}>{workspace.name}</Link>,
              },
              { header: 'Plan', cell: (workspace) => workspace.plan },
              { header: 'Created', cell: (workspace) => <When iso={workspace.createdAt} /> },
            ]}
          />
        )}
      </Loadable>
      <SimpleForm
        title="New workspace"
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
