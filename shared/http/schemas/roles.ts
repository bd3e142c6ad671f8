import * as z from 'zod';
import { type Permission, RESOURCE_PERMISSIONS } from '../../domain/roles.js';
import { description, displayName, isoTime, resourceId } from './common.js';

/** Custom administrator roles: their bodies, view and path parameters. */

const permissionName = z.enum(RESOURCE_PERMISSIONS as readonly Permission[] as [Permission, ...Permission[]]);

const permissions = z
  .array(permissionName)
  .min(1)
  .max(RESOURCE_PERMISSIONS.length)
  .refine((list) => new Set(list).size === list.length, 'must name each permission once')
  .meta({ description: 'What the role allows: names from the closed list built-in roles are made of.' });

export const roleBodies = {
  create: z
    .strictObject({ name: displayName, description: description.optional(), permissions })
    .meta({ id: 'CreateRole' }),
  update: z
    .strictObject({
      name: displayName.optional(),
      description: description.nullable().optional(),
      permissions: permissions.optional(),
    })
    .meta({ id: 'UpdateRole' }),
};

export const roleView = z
  .object({
    id: z.string().meta({ description: 'A built-in role’s name, or a custom role’s id.' }),
    name: z.string(),
    description: z.string().nullable(),
    permissions: z.array(permissionName),
    builtIn: z.boolean().meta({ description: 'Built-in roles are listed, not changed.' }),
    members: z.number().int().nullable().meta({ description: 'Memberships that hold a custom role.' }),
    createdAt: isoTime.nullable(),
  })
  .meta({ id: 'Role' });

export const rolePathParams = {
  workspace: z.object({ workspaceId: resourceId('workspace') }),
  workspaceRole: z.object({ workspaceId: resourceId('workspace'), roleId: resourceId('role') }),
  project: z.object({ projectId: resourceId('project') }),
  projectRole: z.object({ projectId: resourceId('project'), roleId: resourceId('role') }),
};
