import type { Clock } from '../../domain/clock.js';
import { beyond, builtInPermissionsOf, isBuiltInRole, roleHolderOf } from '../../domain/custom-roles.js';
import type { MemberRole, Membership, Principal, ResourceType } from '../../domain/directory.js';
import { ConflictError, NotFoundError, PermissionDeniedError, ValidationError } from '../../domain/errors.js';
import type { Permission } from '../../domain/roles.js';
import type { MembershipRepository } from '../../store/directory/membership-repository.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { RoleHolder, RoleRepository } from '../../store/directory/role-repository.js';
import type { WorkspaceRepository } from '../../store/directory/workspace-repository.js';
import type { TransactionStep } from '../../store/transact.js';
import type { AccessPolicy } from './access-policy.js';
import type { Actor, RequestMeta } from './actor.js';
import type { AuditTrail } from './audit-trail.js';
import { membership } from './directory-service.js';

export interface MembershipServiceDependencies {
  readonly principals: Pick<PrincipalRepository, 'getPrincipal' | 'getPrincipals' | 'listPrincipals'>;
  readonly workspaces: Pick<WorkspaceRepository, 'listSites'>;
  readonly memberships: MembershipRepository;
  readonly roles: Pick<RoleRepository, 'get' | 'memberStep'>;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

/** The most principals one search answers. */
export const PRINCIPAL_SEARCH_LIMIT = 50;

const memberTarget = (principalId: string, roleName: string) =>
  ({ type: 'member', id: principalId, name: roleName }) as const;

/**
 * Who holds which role on a workspace, site or project. A caller only ever deals with principals it may
 * see — itself and the members of resources it holds a role on (the instance owner sees everyone) — so a
 * grant cannot reach, or reveal, a principal of another tenant: those answer exactly like unknown ids.
 */
export class MembershipService {
  public constructor(private readonly deps: MembershipServiceDependencies) {}

  public async listMembers(actor: Actor, type: ResourceType, id: string): Promise<Membership[]> {
    await this.deps.access.authorize(actor, type, id, 'resource:read');
    return this.deps.memberships.listMembers(type, id);
  }

  /** Principals the caller may see whose name or id contains `query` (case-insensitive), by name. */
  public async searchPrincipals(actor: Actor, query = ''): Promise<Principal[]> {
    const needle = query.trim().toLowerCase();
    return (await this.#visiblePrincipals(actor))
      .filter(({ id, name }) => needle === '' || id.includes(needle) || name.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .slice(0, PRINCIPAL_SEARCH_LIMIT);
  }

  public async putMember(
    actor: Actor,
    meta: RequestMeta,
    type: ResourceType,
    id: string,
    principalId: string,
    role: MemberRole,
  ): Promise<Membership> {
    const resource = await this.deps.access.authorize(actor, type, id, 'members:manage');
    if (!(await this.#canSee(actor, principalId)))
      throw new NotFoundError(`Principal ${principalId} was not found.`);
    const granted = await this.#grantOf(type, id, resource.workspaceId, role);
    // Nobody gives more than they hold: a role with a permission the caller lacks here is theirs to refuse.
    const exceeding = beyond(granted.permissions, resource.permissions);
    if (exceeding.length > 0) {
      throw new PermissionDeniedError(`You cannot grant what you do not hold here: ${exceeding.join(', ')}.`);
    }
    // Only a grant below admin can take away the last admin; an admin grant needs no roster read.
    if (role !== 'admin') this.#keepAnAdmin(await this.deps.memberships.listMembers(type, id), principalId);
    const previous = await this.deps.memberships.get(type, id, principalId);
    const added: Membership = {
      ...membership(actor, type, id, role, principalId, this.deps.clock.now().toISOString()),
      ...(granted.holder === undefined ? {} : { roleHolder: granted.holder }),
    };
    const audit = this.deps.audit.record(
      resource.auditScope,
      'member.added',
      memberTarget(principalId, granted.name),
      actor,
      meta,
    );
    await this.deps.memberships.putMembership(
      added,
      previous?.role === role
        ? [audit]
        : [audit, ...this.#countSteps(added, +1), ...this.#countSteps(previous, -1)],
    );
    return added;
  }

  public async removeMember(
    actor: Actor,
    meta: RequestMeta,
    type: ResourceType,
    id: string,
    principalId: string,
    /** Done once the removal is allowed and before it is made (ending the member's tokens). */
    beforeRemoval?: () => Promise<void>,
  ): Promise<void> {
    const resource = await this.deps.access.authorize(actor, type, id, 'members:manage');
    const members = await this.deps.memberships.listMembers(type, id);
    if (!members.some((member) => member.principalId === principalId)) {
      throw new NotFoundError('Membership not found.');
    }
    const target = await this.deps.principals.getPrincipal(principalId);
    if (target?.instanceRole === 'owner' && !actor.isOwner) {
      throw new PermissionDeniedError('The instance owner can only be removed by the instance owner.');
    }
    this.#keepAnAdmin(members, principalId);
    await beforeRemoval?.();
    const leaving = members.find((member) => member.principalId === principalId);
    await this.deps.memberships.deleteMembership(type, id, principalId, [
      this.deps.audit.record(
        resource.auditScope,
        'member.removed',
        { type: 'member', id: principalId },
        actor,
        meta,
      ),
      ...this.#countSteps(leaving, -1),
    ]);
  }

  /** What granting `role` here gives: a built-in role's permissions, or the custom role of this resource's holder. */
  async #grantOf(
    type: ResourceType,
    id: string,
    workspaceId: string | undefined,
    role: MemberRole,
  ): Promise<{
    readonly name: string;
    readonly permissions: readonly Permission[];
    readonly holder?: RoleHolder;
  }> {
    if (isBuiltInRole(role)) return { name: role, permissions: builtInPermissionsOf(role) };
    const holder = roleHolderOf(type, id, workspaceId);
    const custom = holder === undefined ? undefined : await this.deps.roles.get(holder, role);
    if (holder === undefined || custom === undefined) {
      throw ValidationError.forField(
        'role',
        `is neither a built-in role nor a role of this ${holder?.type ?? type}`,
      );
    }
    return { name: custom.name, permissions: custom.permissions, holder };
  }

  /** Counts a membership into (+1) or out of (-1) its custom role, in the membership's own transaction. */
  #countSteps(member: Membership | undefined, delta: 1 | -1): TransactionStep[] {
    return member?.roleHolder === undefined
      ? []
      : [this.deps.roles.memberStep(member.roleHolder, member.role, delta)];
  }

  /** Refuses a change that would leave the resource without an admin (nobody could manage it any more). */
  #keepAnAdmin(members: readonly Membership[], losing: string): void {
    const admins = members.filter((member) => member.role === 'admin');
    if (admins.length === 1 && admins[0]!.principalId === losing) {
      throw new ConflictError('This is the last admin here; make someone else admin first.', 'last_admin');
    }
  }

  async #canSee(actor: Actor, principalId: string): Promise<boolean> {
    if (actor.isOwner) return (await this.deps.principals.getPrincipal(principalId)) !== undefined;
    return (await this.#visibleIds(actor)).has(principalId);
  }

  async #visiblePrincipals(actor: Actor): Promise<Principal[]> {
    if (actor.isOwner) return this.deps.principals.listPrincipals();
    return this.deps.principals.getPrincipals([...(await this.#visibleIds(actor))]);
  }

  /**
   * Itself, and everyone holding a role on a resource the caller holds a role on — for a workspace, on its
   * sites too, since a role on a workspace applies to them.
   */
  async #visibleIds(actor: Actor): Promise<Set<string>> {
    const own = await this.deps.memberships.listMemberships(actor.principalId);
    const resources = (
      await Promise.all(
        own.map(async ({ resourceType, resourceId }) => [
          { type: resourceType, id: resourceId },
          ...(resourceType === 'workspace' ? await this.#sitesOf(resourceId) : []),
        ]),
      )
    ).flat();
    const rosters = await Promise.all(
      resources.map(({ type, id }) => this.deps.memberships.listMembers(type, id)),
    );
    return new Set([actor.principalId, ...rosters.flat().map((member) => member.principalId)]);
  }

  async #sitesOf(workspaceId: string): Promise<Array<{ type: ResourceType; id: string }>> {
    const sites: Array<{ type: ResourceType; id: string }> = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.workspaces.listSites(workspaceId, {
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      sites.push(...page.items.map((site) => ({ type: 'site' as const, id: site.id })));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return sites;
  }
}
