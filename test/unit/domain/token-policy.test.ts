import { describe, expect, expectTypeOf, it } from 'vitest';
import { type PolicyRule, tokenKinds } from '../../../shared/domain/kinds.js';
import { policyEndDays, policyViolations, type TokenPolicy } from '../../../shared/domain/token-policy.js';

describe('token policy rules', () => {
  const policy = {
    reuseDetection: true,
    revealable: false,
    maxLifetimeDays: 30,
    scopeCeiling: { sites: 'read' as const },
    apiTokenTypes: ['read-only' as const],
    requireIpRestrictions: true,
    minSecretKeyLength: 20,
  };

  it('names in the kinds table exactly the fields of a policy that are rules', () => {
    expectTypeOf<PolicyRule>().toEqualTypeOf<Exclude<keyof TokenPolicy, 'reuseDetection' | 'revealable'>>();
  });

  it('binds each rule only to the kinds it is for', () => {
    // A site token may have no lifespan and no IP restrictions: those rules are not its.
    expect(
      policyViolations(policy, { kind: tokenKinds.site, scopes: { sites: 'read' }, lifetimeDays: null }),
    ).toEqual([]);
    expect(
      policyViolations(policy, {
        kind: tokenKinds.delivery,
        lifetimeDays: null,
        ipRestrictionsEnabled: true,
      }),
    ).toEqual([]);
    expect(policyViolations(policy, { kind: tokenKinds.admin, lifetimeDays: null })).toEqual([]);
  });

  it('names the field and the rule of each problem', () => {
    const problems = policyViolations(policy, {
      kind: tokenKinds.api,
      apiAccess: { type: 'full-access' },
      lifetimeDays: 31,
    });
    expect(problems.map((problem) => problem.path)).toEqual(['lifespan', 'type']);
    expect(problems[0]!.message).toMatch(/maxLifetimeDays/);
    expect(
      policyViolations(policy, { kind: tokenKinds.site, scopes: { sites: 'write', cms: 'read' } }).map(
        (p) => p.path,
      ),
    ).toEqual(['scopes.sites', 'scopes.cms']);
    expect(
      policyViolations(policy, {
        kind: tokenKinds.delivery,
        ipRestrictionsEnabled: false,
        newSecretKeyLength: 12,
      }).map((p) => p.path),
    ).toEqual(['ipRestrictionsEnabled', 'secretKey']);
  });

  it('checks only what is being set: absent settings are not held to the policy', () => {
    expect(policyViolations(policy, { kind: tokenKinds.api })).toEqual([]);
    expect(policyViolations(policy, { kind: tokenKinds.delivery })).toEqual([]);
  });

  it('gives site and workspace tokens an end date, and API tokens none (they choose a lifespan)', () => {
    expect(policyEndDays(policy, tokenKinds.site)).toBe(30);
    expect(policyEndDays(policy, tokenKinds.workspace)).toBe(30);
    expect(policyEndDays(policy, tokenKinds.api)).toBeUndefined();
    expect(policyEndDays({ reuseDetection: true, revealable: false }, tokenKinds.site)).toBeUndefined();
  });
});
