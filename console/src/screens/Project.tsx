import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ScreenProps } from '../screen.js';
import { type Section, SectionTabs } from '../sections.js';
import { SimpleForm } from '../simple-form.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';

const PROJECT_SECTIONS: readonly Section[] = [
  { label: 'Project tokens', path: 'tokens', needs: 'tokens:read' },
  { label: 'API tokens', path: 'api-tokens', needs: 'tokens:read' },
  { label: 'Members', path: 'members', needs: 'resource:read' },
  { label: 'Webhooks', path: 'webhooks', needs: 'resource:update' },
  { label: 'Audit log', path: 'audit', needs: 'audit:read' },
];

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
          <ColumnLayout columns={2}>
            <SpaceBetween size="s">
              <SimpleForm
                title="Environments"
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
              <ul aria-label="Environments">
                {environments.map((environment) => (
                  <li key={environment.id}>{environment.name}</li>
                ))}
              </ul>
            </SpaceBetween>
            <SpaceBetween size="s">
              <SimpleForm
                title="Content types"
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
              {contentTypes.length === 0 ? (
                <Box color="text-status-inactive">None yet: API tokens with custom permissions need one.</Box>
              ) : (
                <ul aria-label="Content types">
                  {contentTypes.map((type) => (
                    <li key={type.name}>
                      {type.name}{' '}
                      <Box variant="code" display="inline">
                        /api/{type.pluralName}
                      </Box>
                    </li>
                  ))}
                </ul>
              )}
            </SpaceBetween>
          </ColumnLayout>
        </>
      )}
    </Loadable>
  );
};
