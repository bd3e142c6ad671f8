/**
 * A valid body for every route that takes one, by operation id, so a test that calls every route is refused
 * or served for what it tests, never for a validation error (the tenant-isolation test checks each against
 * its route's schema).
 */
export const SAMPLE_BODIES: Readonly<Record<string, unknown>> = {
  createWorkspace: { name: 'w' },
  createSite: { displayName: 'S', shortName: 's' },
  updateSite: { displayName: 'S2' },
  createPrincipal: { name: 'p' },
  verifyToken: {},
  reportLeakedTokens: { tokens: ['x'] },
  rotateSelf: {},
  putWorkspaceTokenPolicy: { reuseDetection: true },
  putProjectTokenPolicy: { reuseDetection: true },
  putWorkspaceMember: { role: 'member' },
  putSiteMember: { role: 'member' },
  createSiteToken: { name: 't', scopes: { sites: 'read' } },
  updateSiteToken: { name: 't2' },
  regenerateSiteToken: {},
  createWorkspaceToken: { name: 't', scopes: { workspace: 'read' } },
  updateWorkspaceToken: { name: 't2' },
  regenerateWorkspaceToken: {},
  createAdminKey: { name: 'k' },
  updateAdminKey: { name: 'k2' },
  createProject: { name: 'p' },
  createEnvironment: { name: 'staging' },
  createContentType: { name: 'post', pluralName: 'posts' },
  putProjectMember: { role: 'member' },
  createProjectToken: { title: 't' },
  updateProjectToken: { title: 't2' },
  createApiToken: { name: 't', type: 'read-only' },
  updateApiToken: { name: 't2' },
  regenerateApiToken: {},
  createContentApi: { data: { title: 'x' } },
  updateContentApi: { data: { title: 'y' } },
};
