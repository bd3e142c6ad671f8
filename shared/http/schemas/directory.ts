import * as z from 'zod';
import { AUDIT_ACTIONS } from '../../domain/audit-event.js';
import { PLANS, RESOURCE_TYPES } from '../../domain/directory.js';
import { isPlainText, UNSAFE_TEXT_MESSAGE } from '../../domain/plain-text.js';
import { ROLES } from '../../domain/roles.js';
import { displayName, isoTime, resourceId, viewerPermissions } from './common.js';

/** Schemas of workspaces, sites, principals, memberships and audit events. */

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const hostname = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i,
    'must be a domain name',
  );

const locale = z.strictObject({
  id: z.string().max(64).optional(),
  cmsLocaleId: z.string().max(64).optional(),
  enabled: z.boolean(),
  displayName: z.string().max(100).refine(isPlainText, UNSAFE_TEXT_MESSAGE),
  displayImageId: z.string().max(64).nullable().default(null),
  redirect: z.boolean().optional(),
  subdirectory: z.string().max(100),
  tag: z.string().max(35).meta({ example: 'en-US' }),
});

const locales = z.strictObject({ primary: locale, secondary: z.array(locale).max(100).default([]) });

const siteFields = {
  displayName: displayName.meta({ example: "The Hitchhiker's Guide to the Galaxy" }),
  shortName: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
    .max(63)
    .meta({ example: 'hitchhikers-guide' }),
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
    .meta({ example: 'UTC' }),
  previewUrl: z.url({ protocol: /^https$/ }).max(2048),
  parentFolderId: z.string().max(64),
  customDomains: z
    .array(hostname)
    .max(50)
    .meta({ description: 'Domain names; ids are assigned by Keyward.' }),
  locales,
};

export const workspaceBodies = {
  create: z
    .strictObject({ name: displayName.meta({ example: 'Magrathea' }), plan: z.enum(PLANS).default('free') })
    .meta({ id: 'CreateWorkspace' }),
};

const createSite = z.strictObject({
  displayName: siteFields.displayName,
  shortName: siteFields.shortName,
  timeZone: siteFields.timeZone.optional(),
  previewUrl: siteFields.previewUrl.optional(),
  parentFolderId: siteFields.parentFolderId.optional(),
  customDomains: siteFields.customDomains.optional(),
  locales: siteFields.locales.optional(),
});

export const siteBodies = {
  create: createSite.meta({ id: 'CreateSite' }),
  update: createSite.partial().meta({ id: 'UpdateSite' }),
};

const email = z.email().max(254).meta({
  description: 'Where expiry warnings are mailed (a daily digest of the tokens it created or administers).',
  example: 'ops@example.com',
});

export const principalBodies = {
  create: z
    .strictObject({ name: displayName.meta({ example: 'ci-bot' }), email: email.optional() })
    .meta({ id: 'CreatePrincipal' }),
  updateSelf: z
    .strictObject({
      email: email.nullable().optional().meta({ description: 'Your address; `null` removes it.' }),
      emailNotifications: z.boolean().optional().meta({
        description: '`false` opts out of expiry emails (webhooks and the audit log still have them).',
      }),
    })
    .meta({ id: 'UpdateCurrentPrincipal' }),
};

export const principalSearchQuery = z.object({
  query: z.string().max(100).optional().meta({ description: 'Part of a name or id, case-insensitive.' }),
});

export const memberBody = z
  .strictObject({
    role: z
      .union([z.enum(ROLES), resourceId('role')])
      .meta({ description: 'A built-in role’s name, or the id of a role of the workspace or project.' }),
  })
  .meta({ id: 'PutMember' });

export const workspaceView = z
  .object({
    id: z.string(),
    name: z.string(),
    plan: z.enum(PLANS),
    createdAt: isoTime,
    createdBy: z.string(),
    viewerPermissions,
  })
  .meta({ id: 'Workspace' });

export const siteView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    displayName: z.string(),
    shortName: z.string(),
    timeZone: z.string(),
    previewUrl: z.string().optional(),
    parentFolderId: z.string().optional(),
    customDomains: z.array(z.object({ id: z.string(), url: z.string() })),
    locales: locales.optional(),
    createdOn: isoTime,
    lastUpdated: isoTime,
    lastPublished: isoTime.optional(),
    viewerPermissions,
  })
  .meta({ id: 'Site' });

export const principalView = z
  .object({
    id: z.string(),
    name: z.string(),
    instanceRole: z.literal('owner').optional(),
    email: z.string().optional(),
    emailNotifications: z.boolean().optional(),
    createdAt: isoTime,
    createdBy: z.string().optional(),
  })
  .meta({ id: 'Principal' });

export const membershipView = z
  .object({
    principalId: z.string(),
    resourceType: z.enum(RESOURCE_TYPES),
    resourceId: z.string(),
    role: z.string().meta({ description: 'A built-in role’s name, or a custom role’s id.' }),
    roleHolder: z
      .object({ type: z.enum(['workspace', 'project']), id: z.string() })
      .optional()
      .meta({ description: 'Where a custom role is defined.' }),
    createdAt: isoTime,
    createdBy: z.string(),
  })
  .meta({ id: 'Membership' });

export const auditEventView = z
  .object({
    id: z.string(),
    at: isoTime,
    scope: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    target: z.object({
      type: z.string(),
      id: z.string(),
      name: z.string().optional(),
      kind: z.string().optional(),
    }),
    actor: z.object({
      principalId: z.string().optional(),
      keyId: z.string().optional(),
      requestId: z.string().optional(),
      sourceIp: z.string().optional(),
      userAgent: z.string().optional(),
    }),
    changes: z.array(z.string()).optional(),
    details: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: 'AuditEvent' });

export const directoryPathParams = {
  workspace: z.object({ workspaceId: resourceId('workspace') }),
  site: z.object({ siteId: resourceId('site') }),
  principal: z.object({ principalId: resourceId('principal') }),
  workspaceMember: z.object({ workspaceId: resourceId('workspace'), principalId: resourceId('principal') }),
  siteMember: z.object({ siteId: resourceId('site'), principalId: resourceId('principal') }),
};

export const memberRemovalQuery = z.object({
  revokeTokens: z
    .stringbool()
    .default(false)
    .meta({ description: 'Also end every active token the principal created there (`true`/`false`).' }),
});
