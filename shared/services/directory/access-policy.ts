import { isBuiltInRole, orderedPermissions } from '../../domain/custom-roles.js';
import type { Principal, ResourceType, Site, Workspace } from '../../domain/directory.js';
import { NotFoundError, PermissionDeniedError } from '../../domain/errors.js';
import { type Permission, permissionsOf, RESOURCE_PERMISSIONS, type Role } from '../../domain/roles.js';
import type { MembershipRepository } from '../../store/directory/membership-repository.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { RoleRepository } from '../../store/directory/role-repository.js';
import type { WorkspaceRepository } from '../../store/directory/workspace-repository.js';
import type { ProjectRepository } from '../../store/project-repository.js';
import type { Actor } from './actor.js';

/** A resource found in the directory, with what access decisions and audit records need to know. */
export interface ResolvedResource {
  readonly type: ResourceType;
  readonly id: string;
  /** The resource and its ancestors; a role on any of them applies. */
  readonly chain: ReadonlyArray<{ readonly type: ResourceType; readonly id: string }>;
  /** Partition of the Events table its audit records go to. */
  readonly auditScope: string;
  /** The workspace the resource is, or belongs to (plan checks). */
  readonly workspace?: Workspace;
  readonly workspaceId?: string;
  /** A principal is implicitly admin of itself (its own admin keys). */
  readonly selfPrincipalId?: string;
}

/** A resource as one caller may use it: with the permissions the caller holds there. */
export interface AuthorizedResource extends ResolvedResource {
  readonly permissions: readonly Permission[];
}

/** The repositories resources are found in. */
export interface ResourceStores {
  readonly principals: Pick<PrincipalRepository, 'getPrincipal'>;
  readonly workspaces: Pick<WorkspaceRepository, 'getWorkspace' | 'getSite'>;
  readonly memberships: Pick<MembershipRepository, 'grantsOn'>;
  readonly roles: Pick<RoleRepository, 'getMany'>;
  readonly projects: ProjectRepository;
}

/** An id no resource has (ids are 24 hex characters). */
const NOTHING = '-';

type Resolver = (stores: ResourceStores, id: string) => Promise<ResolvedResource | undefined>;

const resolvers: Readonly<Record<ResourceType, Resolver>> = {
  workspace: async ({ workspaces }, id) => {
    const workspace = await workspaces.getWorkspace(id);
    return (
      workspace && {
        type: 'workspace',
        id,
        chain: [{ type: 'workspace', id }],
        auditScope: `workspace#${id}`,
        workspace,
        workspaceId: id,
      }
    );
  },
  site: async ({ workspaces }, id) => {
    const site: Site | undefined = await workspaces.getSite(id);
    return (
      site && {
        type: 'site',
        id,
        chain: [
          { type: 'site', id },
          { type: 'workspace', id: site.workspaceId },
        ],
        auditScope: `workspace#${site.workspaceId}`,
        workspaceId: site.workspaceId,
      }
    );
  },
  project: async ({ projects }, id) => {
    const project = await projects.getProject(id);
    return project && { type: 'project', id, chain: [{ type: 'project', id }], auditScope: `project#${id}` };
  },
  environment: async ({ projects }, id) => {
    const environment = await projects.getEnvironment(id);
    return (
      environment && {
        type: 'environment',
        id,
        chain: [
          { type: 'environment', id },
          { type: 'project', id: environment.projectId },
        ],
        auditScope: `project#${environment.projectId}`,
      }
    );
  },
  principal: async ({ principals }, id) => {
    const principal: Principal | undefined = await principals.getPrincipal(id);
    return (
      principal && {
        type: 'principal',
        id,
        // No one is a member of a principal, but looking it up costs what any other resource's roles do.
        chain: [{ type: 'principal', id }],
        auditScope: `principal#${id}`,
        selfPrincipalId: id,
      }
    );
  },
};

/**
 * The chain a missing id is checked as: the shape an existing resource of its type has (a site and its
 * workspace), so that a made-up id and another tenant's cost the same reads.
 */
const STAND_IN_CHAINS: Readonly<Record<ResourceType, (id: string) => ResolvedResource['chain']>> = {
  workspace: (id) => [{ type: 'workspace', id }],
  site: (id) => [
    { type: 'site', id },
    { type: 'workspace', id },
  ],
  project: (id) => [{ type: 'project', id }],
  environment: (id) => [
    { type: 'environment', id },
    { type: 'project', id },
  ],
  principal: (id) => [{ type: 'principal', id }],
};

const LABELS: Readonly<Record<ResourceType, string>> = {
  workspace: 'Workspace',
  site: 'Site',
  project: 'Project',
  environment: 'Environment',
  principal: 'Principal',
};

/**
 * Decides whether an actor may do something to a resource. A resource the actor has no role on answers
 * 404 exactly like a missing one, with the same reads, so ids of other tenants cannot be probed; a visible
 * resource without the permission answers 403.
 */
export class AccessPolicy {
  public constructor(private readonly stores: ResourceStores) {}

  /**
   * `authorize` on the owner of something looked up by id alone (a token by its id), or, when nothing was
   * found, on a stand-in owner that does not exist: the same reads either way, then the same 404.
   */
  public async authorizeOwner(
    actor: Actor,
    owner: { readonly type: ResourceType; readonly id: string } | undefined,
    standInType: ResourceType,
    permission: Permission,
  ): Promise<AuthorizedResource> {
    return this.authorize(actor, owner?.type ?? standInType, owner?.id ?? NOTHING, permission);
  }

  /** Where a resource's audit events are listed (a site's are its workspace's); `undefined` when it is gone. */
  public async auditScopeOf(type: ResourceType, id: string): Promise<string | undefined> {
    return (await resolvers[type](this.stores, id))?.auditScope;
  }

  public async authorize(
    actor: Actor,
    type: ResourceType,
    id: string,
    permission: Permission,
  ): Promise<AuthorizedResource> {
    const notFound = new NotFoundError(`${LABELS[type]} ${id} was not found.`);
    const resource = await resolvers[type](this.stores, id);
    if (actor.isOwner) {
      if (resource === undefined) throw notFound;
      return { ...resource, permissions: RESOURCE_PERMISSIONS };
    }
    // The roles are looked up for a missing id too, on a chain of the same shape, so another tenant's
    // resource and a made-up id cost the same reads and answer alike: neither answers nor timing tell them apart.
    const grants = await this.stores.memberships.grantsOn(
      actor.principalId,
      resource?.chain ?? STAND_IN_CHAINS[type](id),
    );
    if (resource === undefined) throw notFound;
    const builtIn: Role[] = grants.map(({ role }) => role).filter(isBuiltInRole);
    if (resource.selfPrincipalId === actor.principalId) builtIn.push('admin');
    // Custom roles cost a read only for members who hold one; nobody else has a grant to look up.
    const custom = grants.flatMap(({ role, roleHolder }) =>
      isBuiltInRole(role) || roleHolder === undefined ? [] : [{ holder: roleHolder, roleId: role }],
    );
    if (builtIn.length === 0 && custom.length === 0) throw notFound;
    const customRoles = await this.stores.roles.getMany(custom);
    const held = orderedPermissions([
      ...permissionsOf(builtIn),
      ...customRoles.flatMap((role) => role.permissions),
    ]);
    if (!held.includes(permission)) {
      throw new PermissionDeniedError(
        `Your role on ${type} ${id} does not include the "${permission}" permission.`,
      );
    }
    return { ...resource, permissions: held };
  }
}
