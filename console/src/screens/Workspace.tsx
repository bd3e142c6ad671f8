import Header from '@cloudscape-design/components/header';
import type { ScreenProps } from '../screen.js';
import { type Section, SectionTabs } from '../sections.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import { When } from '../when.js';

const WORKSPACE_SECTIONS: readonly Section[] = [
  { label: 'API access', path: 'tokens', needs: 'workspace-tokens:read' },
  { label: 'Audit log', path: 'audit', needs: 'audit:read' },
  { label: 'Members', path: 'members', needs: 'resource:read' },
  { label: 'Webhooks', path: 'webhooks', needs: 'resource:update' },
];

const SITE_SECTIONS: readonly Section[] = [
  { label: 'API access', path: 'tokens', needs: 'tokens:read' },
  { label: 'Members', path: 'members', needs: 'resource:read' },
];

export const Workspace = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const workspaceId = params.workspaceId!;
  const path = { params: { path: { workspaceId } } };
  const { state, reload } = useLoad(async () => {
    const [workspace, sites] = await Promise.all([
      client.GET('/v1/workspaces/{workspaceId}', path),
      client.GET('/v1/workspaces/{workspaceId}/sites', path),
    ]);
    return { workspace: workspace.data!, sites: sites.data!.items };
  }, [workspaceId]);
  return (
    <Loadable state={state}>
      {({ workspace, sites }) => (
        <>
          <PageHeader
            title={workspace.name}
            crumbs={[['Workspaces', '/']]}
            description={`${workspace.plan} plan`}
          />
          <SectionTabs
            label="Workspace"
            base={`/workspaces/${workspaceId}`}
            sections={WORKSPACE_SECTIONS}
            permissions={workspace.viewerPermissions}
          />
          <DataTable
            label="Sites"
            header={<Header variant="h2">Sites</Header>}
            rows={sites}
            rowKey={(site) => site.id}
            empty="No sites yet."
            columns={[
              { header: 'Site', cell: (site) => site.displayName },
              { header: 'Short name', cell: (site) => site.shortName },
              { header: 'Created', cell: (site) => <When iso={site.createdOn} /> },
              {
                header: 'Links',
                hiddenHeader: true,
                // A role on the workspace applies to its sites.
                cell: (site) => (
                  <SectionTabs
                    label={site.displayName}
                    base={`/sites/${site.id}`}
                    sections={SITE_SECTIONS}
                    permissions={workspace.viewerPermissions}
                  />
                ),
              },
            ]}
          />
          <SimpleForm
            title="New site"
            fields={[
              { name: 'displayName', label: 'Display name' },
              { name: 'shortName', label: 'Short name', hint: 'Lowercase letters, digits and dashes.' },
            ]}
            submitLabel="Create site"
            onSubmit={async ({ displayName, shortName }) => {
              await client.POST('/v1/workspaces/{workspaceId}/sites', {
                ...path,
                body: { displayName: displayName!, shortName: shortName! },
              });
              reload();
            }}
          />
        </>
      )}
    </Loadable>
  );
};
