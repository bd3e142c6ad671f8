import type { TokenPermissionNamespace } from './kinds.js';

/**
 * Roles are data: each grants a set of permissions on the resource it is attached to and on that
 * resource's children (a workspace role applies to the workspace's sites).
 */

export const ROLES = ['admin', 'token-manager', 'token-viewer', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_ACTIONS = ['read', 'create', 'update', 'regenerate', 'revoke', 'reveal'] as const;
export type TokenAction = (typeof TOKEN_ACTIONS)[number];

/** What a token manager may do to tokens: everything but seeing a kept value again, which is for admins. */
const MANAGER_TOKEN_ACTIONS = TOKEN_ACTIONS.filter((action) => action !== 'reveal');

export type Permission =
  | 'resource:read'
  | 'resource:update'
  | 'members:manage'
  | 'audit:read'
  | 'sites:create'
  | 'verify'
  | `${TokenPermissionNamespace}:${TokenAction}`;

/** Instance-wide powers of the `owner` principal, on top of every resource permission. */
export type InstancePermission = 'workspaces:create' | 'principals:create' | 'principals:read';

const ALL = '*';

const tokenPermissions = (
  namespace: TokenPermissionNamespace,
  actions: readonly TokenAction[],
): Permission[] => actions.map((action) => `${namespace}:${action}` as const);

export const rolePermissions: Readonly<Record<Role, typeof ALL | ReadonlySet<Permission>>> = {
  admin: ALL,
  'token-manager': new Set<Permission>([
    'resource:read',
    'verify',
    ...tokenPermissions('tokens', MANAGER_TOKEN_ACTIONS),
  ]),
  'token-viewer': new Set<Permission>(['resource:read', ...tokenPermissions('tokens', ['read'])]),
  member: new Set<Permission>(['resource:read']),
};

/** Every permission a role can grant on a resource, in a stable order. */
export const RESOURCE_PERMISSIONS: readonly Permission[] = [
  'resource:read',
  'resource:update',
  'members:manage',
  'audit:read',
  'sites:create',
  'verify',
  ...(['tokens', 'workspace-tokens', 'admin-keys'] as const).flatMap((namespace) =>
    tokenPermissions(namespace, TOKEN_ACTIONS),
  ),
];

/** What the roles grant together: the permissions a caller holds on a resource. */
export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  RESOURCE_PERMISSIONS.filter((permission) => rolesGrant(roles, permission));

export const roleGrants = (role: Role, permission: Permission): boolean => {
  const granted = rolePermissions[role];
  return granted === ALL || granted.has(permission);
};

export const rolesGrant = (roles: readonly Role[], permission: Permission): boolean =>
  roles.some((role) => roleGrants(role, permission));

export const tokenPermission = (namespace: TokenPermissionNamespace, action: TokenAction): Permission =>
  `${namespace}:${action}`;
