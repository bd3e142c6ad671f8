import { describe, expect, it } from 'vitest';
import { completeScopes, grants, siteScopeCatalogue, widenedScopes } from '../../../shared/domain/scopes.js';
import { siteTokenBodies, workspaceTokenBodies } from '../../../shared/http/schemas/tokens.js';

describe('Module: scopes', () => {
  it('treats write as implying read', () => {
    expect(grants({ cms: 'write' }, 'cms', 'read')).toBe(true);
    expect(grants({ cms: 'read' }, 'cms', 'write')).toBe(false);
    expect(grants({}, 'cms', 'read')).toBe(false);
  });

  it('names every API a change would raise, and none when access is only lowered', () => {
    const current = { sites: 'read', pages: 'write', cms: 'none' } as const;
    expect(widenedScopes(current, { sites: 'none', pages: 'read', cms: 'none' })).toEqual([]);
    expect(widenedScopes(current, current)).toEqual([]);
    expect(
      widenedScopes(current, { sites: 'write', pages: 'write', cms: 'read' }).map((d) => d.path),
    ).toEqual(['scopes.sites', 'scopes.cms']);
  });

  it('completes a partial grant with none, in catalogue order', () => {
    const scopes = completeScopes(siteScopeCatalogue, { forms: 'read' });
    expect(Object.keys(scopes)).toEqual([...siteScopeCatalogue.apis]);
    expect(scopes.forms).toBe('read');
    expect(scopes.sites).toBe('none');
  });

  describe('Schema: site token create', () => {
    const parse = (scopes: unknown) => siteTokenBodies.create.safeParse({ name: 'n', scopes });

    it('accepts none/read/write per catalogue API', () => {
      expect(parse({ sites: 'read', cms: 'write', forms: 'none' }).success).toBe(true);
    });

    it.each(['authorization', 'custom_code'])('rejects %s with the reason', (api) => {
      const result = parse({ sites: 'read', [api]: 'read' });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toContain('never granted to site tokens');
    });

    it('rejects unknown APIs and levels', () => {
      expect(parse({ billing: 'read' }).error!.issues[0]!.message).toContain('is not an API');
      expect(parse({ cms: 'admin' }).success).toBe(false);
    });

    it('rejects a token with no access at all', () => {
      expect(parse({ cms: 'none' }).error!.issues[0]!.message).toContain('at least one scope');
    });
  });

  describe('Schema: workspace token create', () => {
    it('accepts workspace and audit_logs read', () => {
      const result = workspaceTokenBodies.create.safeParse({
        name: 'n',
        scopes: { workspace: 'read', audit_logs: 'read' },
      });
      expect(result.success).toBe(true);
    });

    it('rejects write and every site API', () => {
      expect(
        workspaceTokenBodies.create.safeParse({ name: 'n', scopes: { audit_logs: 'write' } }).success,
      ).toBe(false);
      const siteApi = workspaceTokenBodies.create.safeParse({ name: 'n', scopes: { sites: 'read' } });
      expect(siteApi.error!.issues[0]!.message).toContain('workspace tokens cannot reach site endpoints');
    });
  });
});
