import AppLayoutToolbar from '@cloudscape-design/components/app-layout-toolbar';
import BreadcrumbGroup, { type BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { type ComponentType, useEffect, useState } from 'react';
import { BreadcrumbsContext } from './breadcrumbs.js';
import { PrincipalNamesProvider } from './principal-names.js';
import { ClientContext } from './resource-name.js';
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
import { FormMessage } from './ui.js';

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

/** The side navigation's places: everything else is reached from them. */
const PLACES = [
  { text: 'Workspaces', href: '#/', under: ['/workspaces', '/sites'] },
  { text: 'Projects', href: '#/projects', under: ['/projects'] },
] as const;

export const App = () => {
  const path = useHashPath();
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(storedKey() !== null);
  const [crumbs, setCrumbs] = useState<readonly BreadcrumbGroupProps.Item[]>([]);

  useEffect(() => {
    const key = storedKey();
    if (key === null) return;
    signIn(key)
      .then(setSession, () => signOut())
      .finally(() => setRestoring(false));
  }, []);

  if (restoring)
    return (
      <div role="status">
        <StatusIndicator type="loading">Signing in…</StatusIndicator>
      </div>
    );
  if (session === null) return <SignIn onSignedIn={setSession} />;

  const matched = SCREENS.map(([pattern, screen]) => [matchRoute(pattern, path), screen] as const).find(
    ([params]) => params !== undefined,
  );
  const Screen = matched?.[1];
  const place = PLACES.find((candidate) => candidate.under.some((prefix) => path.startsWith(prefix)));
  return (
    <>
      <header className="topbar" id="topbar">
        <Link to="/" className="brand">
          Keyward
        </Link>
        <span className="who" data-testid="principal">
          {session.principal.name}
        </span>
        <Button
          variant="normal"
          onClick={() => {
            signOut();
            setSession(null);
          }}
        >
          Sign out
        </Button>
      </header>
      <AppLayoutToolbar
        headerSelector="#topbar"
        toolsHide
        breadcrumbs={
          crumbs.length > 0 && (
            <BreadcrumbGroup ariaLabel="Breadcrumb" expandAriaLabel="Show path" items={[...crumbs]} />
          )
        }
        navigation={
          <SideNavigation
            header={{ text: 'Keyward', href: '#/' }}
            activeHref={(place ?? PLACES[0]).href}
            items={PLACES.map(({ text, href }) => ({ type: 'link', text, href }))}
          />
        }
        content={
          Screen === undefined ? (
            <FormMessage message="No such page." />
          ) : (
            <BreadcrumbsContext.Provider value={setCrumbs}>
              <ClientContext.Provider value={session.client}>
                <PrincipalNamesProvider client={session.client}>
                  <SpaceBetween size="l">
                    <Screen session={session} params={matched![0]!} />
                  </SpaceBetween>
                </PrincipalNamesProvider>
              </ClientContext.Provider>
            </BreadcrumbsContext.Provider>
          )
        }
      />
    </>
  );
};
