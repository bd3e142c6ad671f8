import type { ResourceType } from './directory.js';
import { type Permission, RESOURCE_PERMISSIONS, ROLES, type Role, roleGrants } from './roles.js';

/**
 * Administrator roles as data ("Configuring administrator roles"): a workspace or project defines roles of its
 * own, each a name and a set of the permissions built-in roles are made of (`RESOURCE_PERMISSIONS`, the one
 * closed list the API, CLI and console share). A member holds a built-in role by name or a custom one by id;
 * a workspace's roles also serve its sites.
 */
export interface CustomRole {
  readonly roleId: string;
  /** Where the role is defined (and may be granted: there and, for a workspace, on its sites). */
  readonly resourceType: RoleHolderType;
  readonly resourceId: string;
  readonly name: string;
  readonly description?: string;
  readonly permissions: readonly Permission[];
  /** Memberships that hold it: a role in use cannot be deleted. */
  readonly members: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
}

export const ROLE_HOLDER_TYPES = ['workspace', 'project'] as const;
export type RoleHolderType = (typeof ROLE_HOLDER_TYPES)[number];

/** Custom roles one workspace or project may define. */
export const MAX_CUSTOM_ROLES = 50;

export const isBuiltInRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** Where a role granted on `type` is defined: a site's roles are its workspace's. */
export const roleHolderOf = (
  type: ResourceType,
  id: string,
  workspaceId: string | undefined,
): { readonly type: RoleHolderType; readonly id: string } | undefined => {
  if (type === 'workspace' || type === 'project') return { type, id };
  if (type === 'site' && workspaceId !== undefined) return { type: 'workspace', id: workspaceId };
  return undefined;
};

/** The permissions a built-in role grants, in `RESOURCE_PERMISSIONS` order. */
export const builtInPermissionsOf = (role: Role): Permission[] =>
  RESOURCE_PERMISSIONS.filter((permission) => roleGrants(role, permission));

/** Permissions in `wanted` that `held` does not include: what a caller may not grant. */
export const beyond = (wanted: readonly Permission[], held: readonly Permission[]): Permission[] =>
  wanted.filter((permission) => !held.includes(permission));

/** A set of permissions in the closed list's order, each once. */
export const orderedPermissions = (permissions: Iterable<Permission>): Permission[] => {
  const wanted = new Set(permissions);
  return RESOURCE_PERMISSIONS.filter((permission) => wanted.has(permission));
};
