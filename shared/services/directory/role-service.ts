import type { Clock } from '../../domain/clock.js';
import {
  beyond,
  builtInPermissionsOf,
  type CustomRole,
  MAX_CUSTOM_ROLES,
  orderedPermissions,
} from '../../domain/custom-roles.js';
import { newResourceId } from '../../domain/directory.js';
import { ConflictError, NotFoundError, PermissionDeniedError } from '../../domain/errors.js';
import { type Permission, ROLES } from '../../domain/roles.js';
import type { RoleHolder, RoleRepository } from '../../store/directory/role-repository.js';
import type { AccessPolicy, AuthorizedResource } from './access-policy.js';
import type { Actor, RequestMeta } from './actor.js';
import type { AuditTrail } from './audit-trail.js';

export interface RoleServiceDependencies {
  readonly roles: RoleRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

export interface RoleInput {
  readonly name: string;
  readonly description?: string | undefined;
  readonly permissions: readonly Permission[];
}

export interface RolePatch {
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly permissions?: readonly Permission[] | undefined;
}

export interface RoleView {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly permissions: readonly Permission[];
  readonly builtIn: boolean;
  readonly members: number | null;
  readonly createdAt: string | null;
}

const BUILT_IN_VIEWS: readonly RoleView[] = ROLES.map((role) => ({
  id: role,
  name: role,
  description: null,
  permissions: builtInPermissionsOf(role),
  builtIn: true,
  members: null,
  createdAt: null,
}));

const viewOf = (role: CustomRole): RoleView => ({
  id: role.roleId,
  name: role.name,
  description: role.description || null,
  permissions: role.permissions,
  builtIn: false,
  members: role.members,
  createdAt: role.createdAt,
});

const target = (role: Pick<CustomRole, 'roleId' | 'name'>) =>
  ({ type: 'role', id: role.roleId, name: role.name }) as const;

/**
 * A workspace's or project's administrator roles: the built-in four, read-only, and its own. Reading them
 * takes `resource:read`; changing them `members:manage` — and nobody writes a role with a permission they do
 * not hold there, so a role cannot be a way up. Every change is audited.
 */
export class RoleService {
  public constructor(private readonly deps: RoleServiceDependencies) {}

  public async list(actor: Actor, holder: RoleHolder): Promise<{ readonly items: readonly RoleView[] }> {
    await this.deps.access.authorize(actor, holder.type, holder.id, 'resource:read');
    const custom = await this.deps.roles.list(holder);
    return {
      items: [...BUILT_IN_VIEWS, ...custom.sort((a, b) => a.name.localeCompare(b.name)).map(viewOf)],
    };
  }

  public async get(actor: Actor, holder: RoleHolder, roleId: string): Promise<RoleView> {
    await this.deps.access.authorize(actor, holder.type, holder.id, 'resource:read');
    return viewOf(await this.#find(holder, roleId));
  }

  public async create(
    actor: Actor,
    meta: RequestMeta,
    holder: RoleHolder,
    input: RoleInput,
  ): Promise<RoleView> {
    const resource = await this.#authorizeChange(actor, holder, input.permissions);
    const existing = await this.deps.roles.list(holder);
    if (existing.length >= MAX_CUSTOM_ROLES) {
      throw new ConflictError(
        `A ${holder.type} may define at most ${MAX_CUSTOM_ROLES} roles.`,
        'already_exists',
      );
    }
    this.#requireFreeName(existing, input.name);
    const now = this.deps.clock.now().toISOString();
    const role: CustomRole = {
      roleId: newResourceId(),
      resourceType: holder.type,
      resourceId: holder.id,
      name: input.name,
      ...(input.description === undefined ? {} : { description: input.description }),
      permissions: orderedPermissions(input.permissions),
      members: 0,
      createdAt: now,
      createdBy: actor.principalId,
      updatedAt: now,
    };
    await this.deps.roles.create(
      role,
      this.deps.audit.record(resource.auditScope, 'role.created', target(role), actor, meta),
    );
    return viewOf(role);
  }

  public async update(
    actor: Actor,
    meta: RequestMeta,
    holder: RoleHolder,
    roleId: string,
    patch: RolePatch,
  ): Promise<RoleView> {
    const resource = await this.#authorizeChange(actor, holder, patch.permissions ?? []);
    const role = await this.#find(holder, roleId);
    // Lowering or raising a role changes what its members hold: the caller must hold what it had, too.
    this.#requireHeld(resource, patch.permissions === undefined ? [] : role.permissions);
    if (patch.name !== undefined && patch.name.toLowerCase() !== role.name.toLowerCase())
      this.#requireFreeName(await this.deps.roles.list(holder), patch.name);
    const changes = {
      updatedAt: this.deps.clock.now().toISOString(),
      ...(patch.name === undefined ? {} : { name: patch.name }),
      // A removed description is stored empty: the view shows it as none.
      ...(patch.description === undefined ? {} : { description: patch.description ?? '' }),
      ...(patch.permissions === undefined ? {} : { permissions: orderedPermissions(patch.permissions) }),
    };
    const changed = Object.keys(changes).filter((field) => field !== 'updatedAt');
    await this.deps.roles.update(
      holder,
      roleId,
      changes,
      this.deps.audit.record(
        resource.auditScope,
        'role.updated',
        target({ ...role, ...changes }),
        actor,
        meta,
        changed,
      ),
    );
    return viewOf({ ...role, ...changes });
  }

  public async remove(actor: Actor, meta: RequestMeta, holder: RoleHolder, roleId: string): Promise<void> {
    const resource = await this.deps.access.authorize(actor, holder.type, holder.id, 'members:manage');
    const role = await this.#find(holder, roleId);
    await this.deps.roles.delete(
      holder,
      roleId,
      this.deps.audit.record(resource.auditScope, 'role.deleted', target(role), actor, meta),
    );
  }

  async #authorizeChange(
    actor: Actor,
    holder: RoleHolder,
    permissions: readonly Permission[],
  ): Promise<AuthorizedResource> {
    const resource = await this.deps.access.authorize(actor, holder.type, holder.id, 'members:manage');
    this.#requireHeld(resource, permissions);
    return resource;
  }

  #requireHeld(resource: AuthorizedResource, permissions: readonly Permission[]): void {
    const exceeding = beyond(permissions, resource.permissions);
    if (exceeding.length > 0) {
      throw new PermissionDeniedError(`You cannot grant what you do not hold here: ${exceeding.join(', ')}.`);
    }
  }

  #requireFreeName(existing: readonly CustomRole[], name: string): void {
    const taken = [...ROLES, ...existing.map((role) => role.name)].some(
      (other) => other.toLowerCase() === name.toLowerCase(),
    );
    if (taken) throw new ConflictError(`A role named "${name}" exists here already.`, 'already_exists');
  }

  async #find(holder: RoleHolder, roleId: string): Promise<CustomRole> {
    const role = await this.deps.roles.get(holder, roleId);
    if (role === undefined) throw new NotFoundError(`Role ${roleId} was not found.`);
    return role;
  }
}
