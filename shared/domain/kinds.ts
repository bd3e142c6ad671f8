import type { ApiAccess } from './content-access.js';
import { NO_RESTRICTIONS, type TokenRestrictions } from './restrictions.js';
import { type ScopeCatalogue, siteScopeCatalogue, workspaceScopeCatalogue } from './scopes.js';
import { type TokenPrefixCode, tokenPrefixOf } from './token-format.js';

/**
 * The token kinds as one table of data: every fact about a kind is here — its prefix, labels, limits, what
 * it may do, which token-policy rules bind it, the fields its view adds. Services, the verifier, the sweeper,
 * the OpenAPI document, the secret scanners' rules and the CLI look them up instead of branching on the kind.
 */

export const TOKEN_KINDS = ['site', 'workspace', 'delivery', 'api', 'admin'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
/** The kinds a deployment may declare (`declarable` in the table). */
export type DeclarableKind = Exclude<TokenKind, 'admin'>;

export const OWNER_TYPES = ['site', 'workspace', 'environment', 'project', 'principal'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** Management permissions are `<namespace>:<action>`; roles grant them (see roles.ts). */
export type TokenPermissionNamespace = 'tokens' | 'workspace-tokens' | 'admin-keys';

/** The token-policy rules a kind may be bound by (shared/domain/token-policy.ts checks them). */
export type PolicyRule =
  | 'maxLifetimeDays'
  | 'scopeCeiling'
  | 'apiTokenTypes'
  | 'requireIpRestrictions'
  | 'minSecretKeyLength';

/** What a kind's view fields are read from: the stored token's attributes they show. */
export interface KindFieldsSource {
  readonly name: string;
  readonly environmentId?: string;
  readonly disabled?: boolean;
  readonly restrictions?: TokenRestrictions;
  readonly apiAccess?: ApiAccess;
  readonly lifespanDays?: number | null;
}

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
  /** Whether the token may ask for its own successor (`POST /v1/tokens/self/rotate`). */
  readonly selfRotatable: boolean;
  /** Whether its value may be kept sealed and shown again, where its tenant opts in (`revealable`). */
  readonly revealable: boolean;
  /** Whether infrastructure code may declare it (`KeywardToken`): not admin keys, which are a principal's own. */
  readonly declarable: boolean;
  readonly scopeCatalogue: ScopeCatalogue | null;
  readonly permissionNamespace: TokenPermissionNamespace;
  /** The owning workspace's plan must be this one (workspace tokens are an enterprise feature). */
  readonly requiredPlan: 'enterprise' | null;
  /**
   * How protected routes decide access: by `scopes` per API, `read-only` (any admitted read route),
   * `content-permissions` (API token type and per-content-type actions), or `none` (never).
   */
  readonly accessModel: 'scopes' | 'read-only' | 'content-permissions' | 'none';
  /** The active-token limit applies per owner, or per environment the token is bound to. */
  readonly limitPer: 'owner' | 'environment';
  /** Whether each request is written to the token's request log. */
  readonly requestLogs: boolean;
  /**
   * What DELETE does: `revoke` keeps the token listed as revoked (Webflow's site and workspace tokens);
   * `remove` deletes it, leaving only the audit log's record (delivery and Strapi-style API tokens).
   */
  readonly onDelete: 'revoke' | 'remove';
  /**
   * Which token-policy rules bind its tokens. A maximum lifetime is a lifespan for API tokens and, with
   * `maxLifetimeSetsEndDate`, an end date for kinds that choose no lifespan themselves.
   */
  readonly policyRules: readonly PolicyRule[];
  readonly maxLifetimeSetsEndDate: boolean;
  /** What its view shows beyond the common fields, under the names its users know. @default none */
  readonly viewFields?: (token: KindFieldsSource) => Readonly<Record<string, unknown>>;
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
    selfRotatable: true,
    revealable: true,
    declarable: true,
    scopeCatalogue: siteScopeCatalogue,
    permissionNamespace: 'tokens',
    requiredPlan: null,
    accessModel: 'scopes',
    limitPer: 'owner',
    requestLogs: false,
    onDelete: 'revoke',
    policyRules: ['scopeCeiling'],
    maxLifetimeSetsEndDate: true,
  },
  workspace: {
    kind: 'workspace',
    label: 'workspace token',
    prefixCode: 'w',
    ownerType: 'workspace',
    maxPerOwner: 5,
    inactivityDays: 365,
    regenerable: false,
    // The workspace-token document: "Workspace tokens cannot be regenerated" — by anyone, the token included.
    selfRotatable: false,
    revealable: true,
    declarable: true,
    scopeCatalogue: workspaceScopeCatalogue,
    permissionNamespace: 'workspace-tokens',
    requiredPlan: 'enterprise',
    accessModel: 'scopes',
    limitPer: 'owner',
    requestLogs: false,
    onDelete: 'revoke',
    policyRules: ['scopeCeiling'],
    maxLifetimeSetsEndDate: true,
  },
  delivery: {
    kind: 'delivery',
    label: 'project token',
    prefixCode: 'd',
    ownerType: 'project',
    maxPerOwner: 100,
    inactivityDays: null,
    regenerable: false,
    selfRotatable: false,
    revealable: true,
    declarable: true,
    scopeCatalogue: null,
    permissionNamespace: 'tokens',
    requiredPlan: null,
    accessModel: 'read-only',
    limitPer: 'environment',
    requestLogs: true,
    onDelete: 'remove',
    policyRules: ['requireIpRestrictions', 'minSecretKeyLength'],
    maxLifetimeSetsEndDate: false,
    // Seed 002's names: a project token's name is its title.
    viewFields: (token) => {
      const restrictions = token.restrictions ?? NO_RESTRICTIONS;
      return {
        title: token.name,
        environment: token.environmentId ?? null,
        disabled: token.disabled ?? false,
        ipRestrictionsEnabled: restrictions.ipRestrictionsEnabled,
        ipValues: restrictions.ipValues,
        secretKeyEnabled: restrictions.secretKeyEnabled,
        requiredHeaders: restrictions.requiredHeaders,
      };
    },
  },
  api: {
    kind: 'api',
    label: 'API token',
    prefixCode: 'c',
    ownerType: 'project',
    maxPerOwner: 100,
    inactivityDays: null,
    regenerable: true,
    selfRotatable: true,
    revealable: true,
    declarable: true,
    scopeCatalogue: null,
    permissionNamespace: 'tokens',
    requiredPlan: null,
    accessModel: 'content-permissions',
    limitPer: 'owner',
    requestLogs: false,
    onDelete: 'remove',
    policyRules: ['maxLifetimeDays', 'apiTokenTypes'],
    maxLifetimeSetsEndDate: false,
    viewFields: (token) => ({
      type: token.apiAccess?.type ?? 'read-only',
      permissions: token.apiAccess?.permissions ?? {},
      lifespan: token.lifespanDays ?? null,
    }),
  },
  admin: {
    kind: 'admin',
    label: 'admin key',
    prefixCode: 'a',
    ownerType: 'principal',
    maxPerOwner: 10,
    inactivityDays: null,
    regenerable: false,
    selfRotatable: false,
    revealable: false,
    declarable: false,
    scopeCatalogue: null,
    permissionNamespace: 'admin-keys',
    requiredPlan: null,
    accessModel: 'none',
    limitPer: 'owner',
    requestLogs: false,
    onDelete: 'revoke',
    policyRules: [],
    maxLifetimeSetsEndDate: false,
  },
};

const kindByPrefixCode = new Map(
  Object.values(tokenKinds).map((definition) => [definition.prefixCode, definition]),
);

export const kindOfPrefix = (prefixCode: TokenPrefixCode): TokenKindDefinition =>
  kindByPrefixCode.get(prefixCode)!;

/** The kinds a deployment may declare, as the table says. */
export const DECLARABLE_KINDS = TOKEN_KINDS.filter((kind) => tokenKinds[kind].declarable) as DeclarableKind[];

/** The kinds whose tokens may replace their own value (`POST /v1/tokens/self/rotate`). */
export const selfRotatableKinds: readonly TokenKindDefinition[] = Object.values(tokenKinds).filter(
  (definition) => definition.selfRotatable,
);

/** `` `kws_…`, `kww_…` `` for the given kinds: how documentation names their tokens. */
export const prefixesOf = (kinds: readonly TokenKindDefinition[]): string =>
  kinds.map((definition) => `\`${tokenPrefixOf(definition.prefixCode)}…\``).join(', ');

/** "a site token, a workspace token or an API token": the given kinds' labels as a phrase. */
export const labelsOf = (kinds: readonly TokenKindDefinition[]): string => {
  const labels = kinds.map(
    (definition) => `${/^[AEIOU]/.test(definition.label) ? 'an' : 'a'} ${definition.label}`,
  );
  return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
};
