import type { ScreenProps } from '../screen.js';
import { type Section, SectionTabs } from '../sections.js';

const PROJECT_SECTIONS: readonly Section[] = [
  { label: 'Project tokens', path: 'tokens', needs: 'tokens:read' },
  { label: 'API tokens', path: 'api-tokens', needs: 'tokens:read' },
  { label: 'Members', path: 'members', needs: 'resource:read' },
  { label: 'Webhooks', path: 'webhooks', needs: 'resource:update' },
  { label: 'Audit log', path: 'audit', needs: 'audit:read' },
];

import { SimpleForm } from '../simple-form.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';

/** A project: its environments and content types, and the ways into its tokens and members. */
export const Project = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const projectId = params.projectId!;
  const path = { params: { path: { projectId } } };
  const { state, reload } = useLoad(async () => {
    const [project, environments, contentTypes] = await Promise.all([
      client.GET('/v1/projects/{projectId}', path),
      client.GET('/v1/projects/{projectId}/environments', path),
      client.GET('/v1/projects/{projectId}/content-types', path),
    ]);
    return {
      project: project.data!,
      environments: environments.data!.items,
      contentTypes: contentTypes.data!.items,
    };
  }, [projectId]);
  return (
    <Loadable state={state}>
      {({ project, environments, contentTypes }) => (
        <>
          <PageHeader title={project.name} crumbs={[['Projects', '/projects']]} />
          <SectionTabs
            label="Project"
            base={`/projects/${projectId}`}
            sections={PROJECT_SECTIONS}
            permissions={project.viewerPermissions}
          />
          <div className="columns">
            <section>
              <h2>Environments</h2>
              <ul>
                {environments.map((environment) => (
                  <li key={environment.id}>{environment.name}</li>
                ))}
              </ul>
              <SimpleForm
                fields={[{ name: 'name', label: 'Environment name' }]}
                submitLabel="Add environment"
                onSubmit={async ({ name }) => {
                  await client.POST('/v1/projects/{projectId}/environments', {
                    ...path,
                    body: { name: name! },
                  });
                  reload();
                }}
              />
            </section>
            <section>
              <h2>Content types</h2>
              {contentTypes.length === 0 ? (
                <p className="empty">None yet: API tokens with custom permissions need one.</p>
              ) : (
                <ul>
                  {contentTypes.map((type) => (
                    <li key={type.name}>
                      {type.name} <small className="muted">/api/{type.pluralName}</small>
                    </li>
                  ))}
                </ul>
              )}
              <SimpleForm
                fields={[
                  { name: 'name', label: 'Name (singular)' },
                  { name: 'pluralName', label: 'Plural name' },
                ]}
                submitLabel="Add content type"
                onSubmit={async ({ name, pluralName }) => {
                  await client.POST('/v1/projects/{projectId}/content-types', {
                    ...path,
                    body: { name: name!, pluralName: pluralName! },
                  });
                  reload();
                }}
              />
            </section>
          </div>
        </>
      )}
    </Loadable>
  );
};
