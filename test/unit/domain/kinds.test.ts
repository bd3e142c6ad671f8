import { describe, expect, it } from 'vitest';
import { kindOfPrefix, TOKEN_KINDS, tokenKinds } from '../../../shared/domain/kinds.js';

describe('Table: tokenKinds', () => {
  it('gives every kind its own prefix', () => {
    const prefixes = TOKEN_KINDS.map((kind) => tokenKinds[kind].prefixCode);
    expect(new Set(prefixes).size).toBe(TOKEN_KINDS.length);
    for (const kind of TOKEN_KINDS) expect(kindOfPrefix(tokenKinds[kind].prefixCode).kind).toBe(kind);
  });

  it('states the seed rules as data', () => {
    expect(tokenKinds.site).toMatchObject({
      maxPerOwner: 5,
      inactivityDays: 365,
      regenerable: true,
      ownerType: 'site',
    });
    expect(tokenKinds.workspace).toMatchObject({
      maxPerOwner: 5,
      inactivityDays: 365,
      regenerable: false,
      requiredPlan: 'enterprise',
      permissionNamespace: 'workspace-tokens',
    });
    expect(tokenKinds.admin).toMatchObject({ maxPerOwner: 10, ownerType: 'principal', inactivityDays: null });
  });

  it('never rotates admin keys, which is why admin authentication carries no reuse detection', () => {
    expect(tokenKinds.admin).toMatchObject({ regenerable: false, selfRotatable: false });
  });

  it('never lets site tokens hold authorization or custom_code, nor workspace tokens a site API', () => {
    expect(Object.keys(tokenKinds.site.scopeCatalogue!.neverGrantable)).toEqual([
      'authorization',
      'custom_code',
    ]);
    for (const api of tokenKinds.site.scopeCatalogue!.apis) {
      expect(tokenKinds.workspace.scopeCatalogue!.neverGrantable[api]).toBeDefined();
    }
    expect(tokenKinds.workspace.scopeCatalogue!.levels).not.toContain('write');
  });
});
