import type { AuditEvent } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import {
  type CustomDomain,
  type MemberRole,
  type Membership,
  newResourceId,
  type Plan,
  type Principal,
  type ResourceType,
  type Site,
  type Workspace,
} from '../../domain/directory.js';
import { PermissionDeniedError } from '../../domain/errors.js';
import type { Permission } from '../../domain/roles.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { Page, PageRequest } from '../../store/cursor.js';
import type { MembershipRepository } from '../../store/directory/membership-repository.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { WorkspaceRepository } from '../../store/directory/workspace-repository.js';
import type { AccessPolicy } from './access-policy.js';
import type { Actor, RequestMeta } from './actor.js';
import type { AuditTrail } from './audit-trail.js';

export interface SiteInput {
  readonly displayName: string;
  readonly shortName: string;
  readonly timeZone?: string;
  readonly previewUrl?: string;
  readonly parentFolderId?: string;
  readonly customDomains?: readonly string[];
  readonly locales?: unknown;
}

export type SitePatch = Partial<SiteInput>;

export interface DirectoryServiceDependencies {
  readonly principals: PrincipalRepository;
  readonly workspaces: WorkspaceRepository;
  readonly memberships: Pick<MembershipRepository, 'listMemberships'>;
  readonly events: AuditRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/** What the caller may do on a resource it reads. */
export interface Viewed {
  readonly viewerPermissions: readonly Permission[];
}

/** A transaction holds 100 items: the principal's two, its own log's event, and this many members' logs. */
const MOST_MEMBER_SCOPES = 90;

/** What a principal can be a member of. */
const MEMBER_RESOURCE_TYPES: readonly string[] = ['workspace', 'site', 'project'];

const principalTarget = (principal: Principal) => ({
  type: 'principal' as const,
  id: principal.id,
  name: principal.name,
});

/** Workspaces, sites, principals and memberships: the things tokens belong to and who manages them. */
export class DirectoryService {
  public constructor(private readonly deps: DirectoryServiceDependencies) {}

  public async createWorkspace(
    actor: Actor,
    meta: RequestMeta,
    input: { readonly name: string; readonly plan: Plan },
  ): Promise<Workspace> {
    requireOwner(actor, 'create workspaces');
    const now = this.deps.clock.now().toISOString();
    const workspace: Workspace = {
      id: newResourceId(),
      ...input,
      createdAt: now,
      createdBy: actor.principalId,
    };
    const creator = membership(actor, 'workspace', workspace.id, 'admin', actor.principalId, now);
    await this.deps.workspaces.createWorkspace(
      workspace,
      creator,
      this.deps.audit.record(
        `workspace#${workspace.id}`,
        'workspace.created',
        target(workspace),
        actor,
        meta,
      ),
    );
    return workspace;
  }

  /** The workspaces the actor holds a role on. */
  public async listWorkspaces(actor: Actor): Promise<Workspace[]> {
    const memberships = await this.deps.memberships.listMemberships(actor.principalId);
    const ids = memberships.filter((m) => m.resourceType === 'workspace').map((m) => m.resourceId);
    const workspaces = await this.deps.workspaces.getWorkspaces(ids);
    return workspaces.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** The workspace, with what the caller may do there (`viewerPermissions`, so a UI offers only that). */
  public async getWorkspace(actor: Actor, workspaceId: string): Promise<Workspace & Viewed> {
    const { permissions } = await this.deps.access.authorize(
      actor,
      'workspace',
      workspaceId,
      'resource:read',
    );
    return { ...(await this.deps.workspaces.getWorkspace(workspaceId))!, viewerPermissions: permissions };
  }

  public async createSite(
    actor: Actor,
    meta: RequestMeta,
    workspaceId: string,
    input: SiteInput,
  ): Promise<Site> {
    const resource = await this.deps.access.authorize(actor, 'workspace', workspaceId, 'sites:create');
    const now = this.deps.clock.now().toISOString();
    const site: Site = {
      id: newResourceId(),
      workspaceId,
      displayName: input.displayName,
      shortName: input.shortName,
      timeZone: input.timeZone ?? 'UTC',
      ...optionalSiteFields(input),
      customDomains: domainsOf(input.customDomains ?? []),
      createdOn: now,
      lastUpdated: now,
    };
    await this.deps.workspaces.createSite(
      site,
      this.deps.audit.record(resource.auditScope, 'site.created', siteTarget(site), actor, meta),
    );
    return site;
  }

  public async listSites(actor: Actor, workspaceId: string, page: PageRequest): Promise<Page<Site>> {
    await this.deps.access.authorize(actor, 'workspace', workspaceId, 'resource:read');
    return this.deps.workspaces.listSites(workspaceId, page);
  }

  public async getSite(actor: Actor, siteId: string): Promise<Site & Viewed> {
    const { permissions } = await this.deps.access.authorize(actor, 'site', siteId, 'resource:read');
    return { ...(await this.deps.workspaces.getSite(siteId))!, viewerPermissions: permissions };
  }

  public async updateSite(actor: Actor, meta: RequestMeta, siteId: string, patch: SitePatch): Promise<Site> {
    const resource = await this.deps.access.authorize(actor, 'site', siteId, 'resource:update');
    const current = (await this.deps.workspaces.getSite(siteId))!;
    const changed = Object.keys(patch).filter((field) => patch[field as keyof SitePatch] !== undefined);
    const updated: Site = {
      ...current,
      ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
      ...(patch.shortName === undefined ? {} : { shortName: patch.shortName }),
      ...(patch.timeZone === undefined ? {} : { timeZone: patch.timeZone }),
      ...optionalSiteFields(patch),
      ...(patch.customDomains === undefined
        ? {}
        : { customDomains: domainsOf(patch.customDomains, current.customDomains) }),
      lastUpdated: this.deps.clock.now().toISOString(),
    };
    await this.deps.workspaces.updateSite(
      updated,
      this.deps.audit.record(resource.auditScope, 'site.updated', siteTarget(updated), actor, meta, changed),
    );
    return updated;
  }

  public async createPrincipal(
    actor: Actor,
    input: { readonly name: string; readonly email?: string },
    meta: RequestMeta,
  ): Promise<Principal> {
    requireOwner(actor, 'create principals');
    const principal: Principal = {
      id: newResourceId(),
      name: input.name,
      ...(input.email === undefined ? {} : { email: input.email }),
      createdAt: this.deps.clock.now().toISOString(),
      createdBy: actor.principalId,
    };
    await this.deps.principals.createPrincipal(
      principal,
      this.deps.audit.record(
        `principal#${principal.id}`,
        'principal.created',
        principalTarget(principal),
        actor,
        meta,
      ),
    );
    return principal;
  }

  /**
   * A principal's own mail preferences: its address (`null` removes it) and whether it gets expiry emails.
   * Both decide where warnings about its tokens go, so the change is audited where the principal is a member
   * (each workspace's and project's log says which fields changed, never their values) and in its own log.
   */
  public async updateSelf(
    actor: Actor,
    patch: { readonly email?: string | null; readonly emailNotifications?: boolean },
    meta: RequestMeta,
  ): Promise<Principal> {
    const changes = {
      ...(patch.email === undefined ? {} : { email: patch.email ?? undefined }),
      ...(patch.emailNotifications === undefined ? {} : { emailNotifications: patch.emailNotifications }),
    };
    const before = (await this.deps.principals.getPrincipal(actor.principalId))!;
    if (Object.keys(changes).length === 0) return before;
    const scopes = [`principal#${actor.principalId}`, ...(await this.#memberScopes(actor.principalId))];
    await this.deps.principals.updatePrincipal(
      actor.principalId,
      changes,
      ...scopes.map((scope) =>
        this.deps.audit.record(
          scope,
          'principal.updated',
          principalTarget(before),
          actor,
          meta,
          Object.keys(changes),
        ),
      ),
    );
    // What the update wrote, over what was read: an `undefined` is a removed setting, absent from the answer.
    return { ...before, ...changes };
  }

  /**
   * The audit logs of the workspaces and projects a principal is a member of (a site's is its workspace's),
   * each once, at most as many as one transaction holds beside the change.
   */
  async #memberScopes(principalId: string): Promise<string[]> {
    // The principal index also holds items that are not memberships (its admin keys): roles are on these.
    const memberships = (await this.deps.memberships.listMemberships(principalId)).filter((membership) =>
      MEMBER_RESOURCE_TYPES.includes(membership.resourceType),
    );
    const scopes = await Promise.all(
      memberships.map((membership) =>
        this.deps.access.auditScopeOf(membership.resourceType, membership.resourceId),
      ),
    );
    return [...new Set(scopes.filter((scope) => scope !== undefined))].slice(0, MOST_MEMBER_SCOPES);
  }

  public async getPrincipal(actor: Actor, principalId: string): Promise<Principal> {
    await this.deps.access.authorize(actor, 'principal', principalId, 'resource:read');
    return (await this.deps.principals.getPrincipal(principalId))!;
  }

  public async auditLog(actor: Actor, workspaceId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    const resource = await this.deps.access.authorize(actor, 'workspace', workspaceId, 'audit:read');
    return this.deps.events.list(resource.auditScope, page);
  }

  /** A principal's own log (`principal#<id>`): for itself, and the instance owner. */
  public async principalAuditLog(
    actor: Actor,
    principalId: string,
    page: PageRequest,
  ): Promise<Page<AuditEvent>> {
    const resource = await this.deps.access.authorize(actor, 'principal', principalId, 'audit:read');
    return this.deps.events.list(resource.auditScope, page);
  }
}

const requireOwner = (actor: Actor, what: string): void => {
  if (!actor.isOwner) throw new PermissionDeniedError(`Only the instance owner can ${what}.`);
};

export const membership = (
  actor: Actor,
  resourceType: ResourceType,
  resourceId: string,
  role: MemberRole,
  principalId: string,
  createdAt: string,
): Membership => ({ principalId, resourceType, resourceId, role, createdAt, createdBy: actor.principalId });

/** Keeps the ids of domains that stay, so clients holding a domain id are not broken by an edit. */
const domainsOf = (urls: readonly string[], existing: readonly CustomDomain[] = []): CustomDomain[] =>
  urls.map((url) => existing.find((domain) => domain.url === url) ?? { id: newResourceId(), url });

const optionalSiteFields = (input: SitePatch): Partial<Site> => ({
  ...(input.previewUrl === undefined ? {} : { previewUrl: input.previewUrl }),
  ...(input.parentFolderId === undefined ? {} : { parentFolderId: input.parentFolderId }),
  ...(input.locales === undefined ? {} : { locales: input.locales }),
});

const target = (workspace: Workspace) =>
  ({ type: 'workspace', id: workspace.id, name: workspace.name }) as const;
const siteTarget = (site: Site) => ({ type: 'site', id: site.id, name: site.displayName }) as const;
