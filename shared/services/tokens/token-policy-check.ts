import type { ApiTokenType } from '../../domain/content-access.js';
import { ValidationError } from '../../domain/errors.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import type { TokenRestrictions } from '../../domain/restrictions.js';
import type { Scopes } from '../../domain/scopes.js';
import { type PolicySubject, policyViolations, type TokenPolicy } from '../../domain/token-policy.js';
import type { AttributeChanges, TokenAttributes } from './token-attributes.js';

/**
 * What a create or an update sets, as the token policy sees it: the resolved scopes, API access and
 * restrictions, the lifespan asked for, and a new secret key's length (only its HMAC is kept afterwards).
 * Attributes a change leaves alone are absent, so they are not held to the policy again.
 */
export const policySubjectOf = (
  kind: TokenKindDefinition,
  scopes: Scopes | undefined,
  requested: Pick<TokenAttributes, 'apiAccess' | 'lifespanDays' | 'restrictions'>,
  attributes: AttributeChanges,
): PolicySubject => {
  const restrictions = attributes.restrictions as TokenRestrictions | undefined;
  const secretKey = requested.restrictions?.secretKey;
  return {
    kind,
    ...(scopes === undefined ? {} : { scopes }),
    ...(attributes.apiAccess === undefined
      ? {}
      : { apiAccess: attributes.apiAccess as { type: ApiTokenType } }),
    ...(requested.lifespanDays === undefined ? {} : { lifetimeDays: requested.lifespanDays }),
    ...(restrictions === undefined ? {} : { ipRestrictionsEnabled: restrictions.ipRestrictionsEnabled }),
    ...(secretKey === undefined ? {} : { newSecretKeyLength: secretKey.length }),
  };
};

/** 422 `token_policy_violation` naming each field and rule a new or changed token breaks. */
export const holdToPolicy = (policy: TokenPolicy, subject: PolicySubject): void => {
  const problems = policyViolations(policy, subject);
  if (problems.length > 0) {
    throw new ValidationError(
      problems,
      'The token breaks its workspace’s or project’s token policy.',
      'token_policy_violation',
    );
  }
};
