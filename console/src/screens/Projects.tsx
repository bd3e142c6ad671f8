import { Link } from '../router.js';
import type { ScreenProps } from '../screen.js';
import { SimpleForm } from '../simple-form.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

export const Projects = ({ session }: ScreenProps) => {
  const { client } = session;
  const { state, reload } = useLoad(async () => (await client.GET('/v1/projects')).data!.items, []);
  return (
    <>
      <PageHeader title="Projects" />
      <Loadable
        state={state}
        isEmpty={(items) => items.length === 0}
        empty={<p>No projects yet. Create one below.</p>}
      >
        {(items) => (
          <ul className="cards">
            {items.map((project) => (
              <li key={project.id}>
                <Link to={`/projects/${project.id}`}>{project.name}</Link>
                <small className="muted">
                  {' '}
                  created <When iso={project.createdAt} />
                </small>
              </li>
            ))}
          </ul>
        )}
      </Loadable>
      <h2>New project</h2>
      <SimpleForm
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
