import Link from '@cloudscape-design/components/link';
import type { ScreenProps } from '../screen.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

export const Projects = ({ session }: ScreenProps) => {
  const { client } = session;
  const { state, reload } = useLoad(async () => (await client.GET('/v1/projects')).data!.items, []);
  return (
    <>
      <PageHeader
        title="Projects"
        description="Each project holds environments, content types, and their delivery and API tokens."
      />
      <Loadable state={state}>
        {(items) => (
          <DataTable
            label="Projects"
            rows={items}
            rowKey={(project) => project.id}
            empty="No projects yet. Create one below."
            columns={[
              {
                header: 'Name',
                cell: (project) => <Link href={`#/projects/${project.id}`}>{project.name}</Link>,
              },
              { header: 'Created', cell: (project) => <When iso={project.createdAt} /> },
            ]}
          />
        )}
      </Loadable>
      <SimpleForm
        title="New project"
        fields={[{ name: 'name', label: 'Name' }]}
        submitLabel="Create project"
        onSubmit={async ({ name }) => {
          await client.POST('/v1/projects', { body: { name: name! } });
          reload();
        }}
      />
    </>
  );
};
