import { type ComponentType, useEffect, useState } from 'react';
import { PrincipalNamesProvider } from './principal-names.js';
import { Link, matchRoute, useHashPath } from './router.js';
import type { ScreenProps } from './screen.js';
import { ApiTokens } from './screens/ApiTokens.js';
import { AuditLog } from './screens/AuditLog.js';
import { Members } from './screens/Members.js';
import { Project } from './screens/Project.js';
import { Projects } from './screens/Projects.js';
import { ProjectTokenLogs } from './screens/ProjectTokenLogs.js';
import { ProjectTokens } from './screens/ProjectTokens.js';
import { SignIn } from './screens/SignIn.js';
import { SiteTokens } from './screens/SiteTokens.js';
import { Webhooks } from './screens/Webhooks.js';
import { Workspace } from './screens/Workspace.js';
import { Workspaces } from './screens/Workspaces.js';
import { WorkspaceTokens } from './screens/WorkspaceTokens.js';
import { type Session, signIn, signOut, storedKey } from './session.js';

/** Every screen and its URL. */
const SCREENS: readonly (readonly [pattern: string, screen: ComponentType<ScreenProps>])[] = [
  ['/', Workspaces],
  ['/workspaces/:workspaceId', Workspace],
  ['/workspaces/:workspaceId/tokens', WorkspaceTokens],
  ['/workspaces/:workspaceId/audit', AuditLog],
  ['/projects/:projectId/audit', AuditLog],
  ['/workspaces/:workspaceId/members', Members],
  ['/workspaces/:workspaceId/webhooks', Webhooks],
  ['/sites/:siteId/tokens', SiteTokens],
  ['/sites/:siteId/members', Members],
  ['/projects', Projects],
  ['/projects/:projectId', Project],
  ['/projects/:projectId/tokens', ProjectTokens],
  ['/projects/:projectId/tokens/:tokenId/logs', ProjectTokenLogs],
  ['/projects/:projectId/api-tokens', ApiTokens],
  ['/projects/:projectId/members', Members],
  ['/projects/:projectId/webhooks', Webhooks],
];

export const App = () => {
  const path = useHashPath();
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(storedKey() !== null);

  useEffect(() => {
    const key = storedKey();
    if (key === null) return;
    signIn(key)
      .then(setSession, () => signOut())
      .finally(() => setRestoring(false));
  }, []);

  if (restoring)
    return (
      <p className="muted" role="status">
        Signing in…
      </p>
    );
  if (session === null) return <SignIn onSignedIn={setSession} />;

  const matched = SCREENS.map(([pattern, screen]) => [matchRoute(pattern, path), screen] as const).find(
    ([params]) => params !== undefined,
  );
  const Screen = matched?.[1];
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Keyward
        </Link>
        <nav aria-label="Main">
          <Link to="/">Workspaces</Link>
          <Link to="/projects">Projects</Link>
        </nav>
        <span className="who" data-testid="principal">
          {session.principal.name}
        </span>
        <button
          type="button"
          onClick={() => {
            signOut();
            setSession(null);
          }}
        >
          Sign out
        </button>
      </header>
      <main>
        {Screen === undefined ? (
          <p role="alert">
            No such page. <Link to="/">Back to workspaces</Link>
          </p>
        ) : (
          <PrincipalNamesProvider client={session.client}>
            <Screen session={session} params={matched![0]!} />
          </PrincipalNamesProvider>
        )}
      </main>
    </>
  );
};
