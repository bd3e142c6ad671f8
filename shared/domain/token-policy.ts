import type { ApiTokenType } from './content-access.js';
import type { ErrorDetail } from './errors.js';
import type { PolicyRule, TokenKindDefinition } from './kinds.js';
import { type ScopeLevel, type Scopes, widenedScopes } from './scopes.js';

/**
 * What a workspace or project requires of its tokens (GitHub's and GitLab's admin token policies): a maximum
 * lifetime, a ceiling on scopes or API token types, IP restrictions and secret-key length for project tokens,
 * and whether reuse of a rotated-out value revokes a token. New tokens and changes are held to it (422 naming
 * the rule); tokens that already break a new policy are listed, never changed behind their owners' backs.
 */
export interface TokenPolicy {
  /**
   * Presenting a rotated-out value after its grace period and settle window revokes the token (GitLab's
   * reuse detection). Opt-in: with it on, a client still using an old value takes the token down. @default false
   */
  readonly reuseDetection: boolean;
  /**
   * New token values are also kept sealed, so holders of the `reveal` permission can see them again (Strapi's
   * and Unkey's opt-in). Turning it off deletes every kept value. @default false
   */
  readonly revealable: boolean;
  /** API tokens need a lifespan within it; site and workspace tokens get an end date within it. */
  readonly maxLifetimeDays?: number;
  /** The most each API may be granted to site and workspace tokens. */
  readonly scopeCeiling?: Scopes;
  /** The API token types that may be created. */
  readonly apiTokenTypes?: readonly ApiTokenType[];
  /** Project (delivery) tokens must have IP restrictions on. */
  readonly requireIpRestrictions?: boolean;
  /** The shortest secret key a project token may be given. */
  readonly minSecretKeyLength?: number;
}

export const DEFAULT_TOKEN_POLICY: TokenPolicy = { reuseDetection: false, revealable: false };

export const TOKEN_POLICY_BOUNDS = {
  maxLifetimeDays: { min: 1, max: 3_650 },
  minSecretKeyLength: { min: 12, max: 256 },
} as const;

/**
 * The rules that restrict tokens, named once in the kinds table (`PolicyRule`): the policy's fields but
 * `reuseDetection` and `revealable`, which are settings (test/unit/domain/token-policy.test.ts checks it).
 */
export type { PolicyRule };

/** What a policy is checked against: a token's settings as they will be stored. */
export interface PolicySubject {
  readonly kind: TokenKindDefinition;
  readonly scopes?: Scopes;
  readonly apiAccess?: { readonly type: ApiTokenType };
  /** Days from now to the token's fixed end; `null` for none; absent when not being set (not checked). */
  readonly lifetimeDays?: number | null;
  /** Whether IP restrictions are on; absent when not being set (not checked). */
  readonly ipRestrictionsEnabled?: boolean;
  /** The length of a secret key being set now (only its HMAC is kept afterwards). */
  readonly newSecretKeyLength?: number;
}

const rule = (name: keyof TokenPolicy, path: string, message: string): ErrorDetail => ({
  path,
  message: `${message} (token policy: ${name})`,
});

/**
 * Where a token's settings break the policy; empty when they do not. Each problem names the field and the
 * policy rule, so a client can show it next to the field that caused it.
 */
export const policyViolations = (policy: TokenPolicy, token: PolicySubject): ErrorDetail[] => {
  const problems: ErrorDetail[] = [];
  const binds = (name: PolicyRule) => policy[name] !== undefined && token.kind.policyRules.includes(name);
  if (binds('maxLifetimeDays') && token.lifetimeDays !== undefined) {
    const days = token.lifetimeDays;
    if (days === null || days > policy.maxLifetimeDays!) {
      problems.push(
        rule('maxLifetimeDays', 'lifespan', `must be ${policy.maxLifetimeDays} days or less, not unlimited`),
      );
    }
  }
  if (binds('scopeCeiling') && token.scopes !== undefined) {
    for (const detail of widenedScopes(policy.scopeCeiling ?? {}, token.scopes)) {
      problems.push(
        rule('scopeCeiling', detail.path, `is above the ceiling (${ceilingOf(policy, detail.path)})`),
      );
    }
  }
  if (binds('apiTokenTypes') && token.apiAccess !== undefined) {
    if (!policy.apiTokenTypes!.includes(token.apiAccess.type)) {
      problems.push(rule('apiTokenTypes', 'type', `must be one of ${policy.apiTokenTypes!.join(', ')}`));
    }
  }
  if (
    binds('requireIpRestrictions') &&
    policy.requireIpRestrictions &&
    token.ipRestrictionsEnabled === false
  ) {
    problems.push(rule('requireIpRestrictions', 'ipRestrictionsEnabled', 'must be on'));
  }
  if (
    binds('minSecretKeyLength') &&
    token.newSecretKeyLength !== undefined &&
    token.newSecretKeyLength < policy.minSecretKeyLength!
  ) {
    problems.push(
      rule('minSecretKeyLength', 'secretKey', `must be at least ${policy.minSecretKeyLength} characters`),
    );
  }
  return problems;
};

const ceilingOf = (policy: TokenPolicy, path: string): ScopeLevel =>
  policy.scopeCeiling?.[path.slice('scopes.'.length)] ?? 'none';

/** The end a policy gives a new site or workspace token: its maximum lifetime from now, if it has one. */
export const policyEndDays = (policy: TokenPolicy, kind: TokenKindDefinition): number | undefined =>
  kind.maxLifetimeSetsEndDate ? policy.maxLifetimeDays : undefined;
