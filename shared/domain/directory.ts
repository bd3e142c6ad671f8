import { randomBytes } from 'node:crypto';
import type { Role } from './roles.js';

/** The things tokens belong to: principals, workspaces and their sites, and who may do what on them. */

export const PLANS = ['free', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

export const RESOURCE_TYPES = ['workspace', 'site', 'project', 'environment', 'principal'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Principal {
  readonly id: string;
  readonly name: string;
  /** `owner` may create workspaces and principals and acts as admin everywhere. */
  readonly instanceRole?: 'owner';
  /** Where expiry warnings are mailed; none without it. */
  readonly email?: string;
  /** `false`: no expiry emails, even with an address (the principal opted out). */
  readonly emailNotifications?: boolean;
  readonly createdAt: string;
  readonly createdBy?: string;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly plan: Plan;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface CustomDomain {
  readonly id: string;
  readonly url: string;
}

/** A site, with the fields of the Data API's site object. */
export interface Site {
  readonly id: string;
  readonly workspaceId: string;
  readonly displayName: string;
  readonly shortName: string;
  readonly timeZone: string;
  readonly previewUrl?: string;
  readonly parentFolderId?: string;
  readonly customDomains: readonly CustomDomain[];
  readonly locales?: unknown;
  readonly createdOn: string;
  readonly lastUpdated: string;
  readonly lastPublished?: string;
}

/** A content project: environments hold its entries; project and API tokens belong to it. */
export interface Project {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface Environment {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface ContentType {
  /** Singular API id, e.g. `article`; permissions name content types by it. */
  readonly name: string;
  /** Plural API id, e.g. `articles`; content routes use it. */
  readonly pluralName: string;
  readonly projectId: string;
  readonly createdAt: string;
}

/** A published piece of content of one content type, in one environment. */
export interface Entry {
  readonly id: string;
  readonly contentType: string;
  readonly environmentId: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedAt: string;
}

export interface Membership {
  readonly principalId: string;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  /** A built-in role's name, or a custom role's id (domain/custom-roles.ts). */
  readonly role: MemberRole;
  /** Where a custom role is defined: the workspace (for itself and its sites) or project. */
  readonly roleHolder?: { readonly type: 'workspace' | 'project'; readonly id: string };
  readonly createdAt: string;
  readonly createdBy: string;
}

/** What a membership holds: a built-in role by name, or a custom role by id. */
export type MemberRole = Role | (string & {});

/** 24 lowercase hex characters, the shape of every Keyward id. */
export const newResourceId = (): string => randomBytes(12).toString('hex');

/** The resources that hold tenant-wide settings — token policies and identities: workspaces and projects. */
export type TenantType = 'workspace' | 'project';

export const resourceKey = (type: ResourceType, id: string): string => `${type}#${id}`;
