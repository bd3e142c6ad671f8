import type { ScreenProps } from '../App.js';
import { Link } from '../router.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { Loadable, PageHeader, shortTime } from '../ui.js';
import { useLoad } from '../use-load.js';

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
          <PageHeader title={workspace.name} crumbs={[['Workspaces', '/']]} />
          <nav className="tabs" aria-label="Workspace">
            <Link to={`/workspaces/${workspaceId}/tokens`}>Workspace tokens</Link>
            <Link to={`/workspaces/${workspaceId}/audit`}>Audit log</Link>
            <Link to={`/workspaces/${workspaceId}/members`}>Members</Link>
          </nav>
          <h2>Sites</h2>
          {sites.length === 0 ? (
            <p className="empty">No sites yet.</p>
          ) : (
            <DataTable
              label="Sites"
              rows={sites}
              rowKey={(site) => site.id}
              columns={[
                { header: 'Site', cell: (site) => site.displayName },
                { header: 'Short name', cell: (site) => site.shortName },
                { header: 'Created', cell: (site) => shortTime(site.createdOn) },
                {
                  header: 'Links',
                  hiddenHeader: true,
                  cell: (site) => (
                    <>
                      <Link to={`/sites/${site.id}/tokens`}>API access</Link> ·{' '}
                      <Link to={`/sites/${site.id}/members`}>Members</Link>
                    </>
                  ),
                },
              ]}
            />
          )}
          <h2>New site</h2>
          <SimpleForm
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
