import type { ScreenProps } from '../App.js';
import { Link } from '../router.js';
import { SimpleForm } from '../simple-form.js';
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
            <table>
              <thead>
                <tr>
                  <th scope="col">Site</th>
                  <th scope="col">Short name</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sites.map((site) => (
                  <tr key={site.id}>
                    <td>{site.displayName}</td>
                    <td>{site.shortName}</td>
                    <td>{shortTime(site.createdOn)}</td>
                    <td>
                      <Link to={`/sites/${site.id}/tokens`}>API access</Link> ·{' '}
                      <Link to={`/sites/${site.id}/members`}>Members</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
