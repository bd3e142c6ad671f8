import { type ScopeCatalogue, siteScopeCatalogue, workspaceScopeCatalogue } from './scopes.js';
import type { TokenPrefixCode } from './token-format.js';

/**
 * The token kinds as one table of data. Services, the verifier and the sweeper look behaviour up here
 * instead of branching on the kind.
 */

export const TOKEN_KINDS = ['site', 'workspace', 'delivery', 'api', 'admin'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const OWNER_TYPES = ['site', 'workspace', 'environment', 'project', 'principal'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** Management permissions are `<namespace>:<action>`; roles grant them (see roles.ts). */
export type TokenPermissionNamespace = 'tokens' | 'workspace-tokens' | 'admin-keys';

export interface TokenKindDefinition {
  readonly kind: TokenKind;
  /** Human name used in messages, e.g. "site token". */
  readonly label: string;
  readonly prefixCode: TokenPrefixCode;
  readonly ownerType: OwnerType;
  readonly maxPerOwner: number;
  /** Days without an accepted use after which the token expires; `null` when use does not matter. */
  readonly inactivityDays: number | null;
  /** Whether a new secret may be issued for an existing token id. */
  readonly regenerable: boolean;
  readonly scopeCatalogue: ScopeCatalogue | null;
  readonly permissionNamespace: TokenPermissionNamespace;
  /** The owning workspace's plan must be this one (workspace tokens are an enterprise feature). */
  readonly requiredPlan: 'enterprise' | null;
}

export const tokenKinds: Readonly<Record<TokenKind, TokenKindDefinition>> = {
  site: {
    kind: 'site',
    label: 'site token',
    prefixCode: 's',
    ownerType: 'site',
    maxPerOwner: 5,
    inactivityDays: 365,
    regenerable: true,
    scopeCatalogue: siteScopeCatalogue,
    permissionNamespace: 'tokens',
    requiredPlan: null,
  },
  workspace: {
    kind: 'workspace',
    label: 'workspace token',
    prefixCode: 'w',
    ownerType: 'workspace',
    maxPerOwner: 5,
    inactivityDays: 365,
    regenerable: false,
    scopeCatalogue: workspaceScopeCatalogue,
    permissionNamespace: 'workspace-tokens',
    requiredPlan: 'enterprise',
  },
  delivery: {
    kind: 'delivery',
    label: 'project token',
    prefixCode: 'd',
    ownerType: 'environment',
    maxPerOwner: 100,
    inactivityDays: null,
    regenerable: false,
    scopeCatalogue: null,
    permissionNamespace: 'tokens',
    requiredPlan: null,
  },
  api: {
    kind: 'api',
    label: 'API token',
    prefixCode: 'c',
    ownerType: 'project',
    maxPerOwner: 100,
    inactivityDays: null,
    regenerable: true,
    scopeCatalogue: null,
    permissionNamespace: 'tokens',
    requiredPlan: null,
  },
  admin: {
    kind: 'admin',
    label: 'admin key',
    prefixCode: 'a',
    ownerType: 'principal',
    maxPerOwner: 10,
    inactivityDays: null,
    regenerable: false,
    scopeCatalogue: null,
    permissionNamespace: 'admin-keys',
    requiredPlan: null,
  },
};

const kindByPrefixCode = new Map(
  Object.values(tokenKinds).map((definition) => [definition.prefixCode, definition]),
);

export const kindOfPrefix = (prefixCode: TokenPrefixCode): TokenKindDefinition =>
  kindByPrefixCode.get(prefixCode)!;
