import { describe, expect, it } from 'vitest';
import { rolesGrant, tokenPermission } from '../../../shared/domain/roles.js';

describe('Table: rolePermissions', () => {
  it('lets admins do everything', () => {
    expect(rolesGrant(['admin'], 'members:manage')).toBe(true);
    expect(rolesGrant(['admin'], tokenPermission('workspace-tokens', 'create'))).toBe(true);
  });

  it('lets token managers manage site tokens but not workspace tokens or members', () => {
    for (const action of ['read', 'create', 'update', 'regenerate', 'revoke'] as const) {
      expect(rolesGrant(['token-manager'], tokenPermission('tokens', action))).toBe(true);
    }
    expect(rolesGrant(['token-manager'], tokenPermission('workspace-tokens', 'create'))).toBe(false);
    expect(rolesGrant(['token-manager'], 'members:manage')).toBe(false);
  });

  it('lets token viewers only read', () => {
    expect(rolesGrant(['token-viewer'], tokenPermission('tokens', 'read'))).toBe(true);
    expect(rolesGrant(['token-viewer'], tokenPermission('tokens', 'create'))).toBe(false);
  });

  it('gives members no token access', () => {
    expect(rolesGrant(['member'], 'resource:read')).toBe(true);
    expect(rolesGrant(['member'], tokenPermission('tokens', 'read'))).toBe(false);
  });

  it('grants what any of several roles grants', () => {
    expect(rolesGrant(['member', 'token-viewer'], tokenPermission('tokens', 'read'))).toBe(true);
    expect(rolesGrant([], 'resource:read')).toBe(false);
  });
});
