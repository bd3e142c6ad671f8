import { describe, expect, it } from 'vitest';
import { sampleRoutePolicy } from '../../../sample-api/routes.js';
import type { VerifiedToken } from '../../../shared/verify/outcome.js';
import { RoutePolicy } from '../../../shared/verify/route-policy.js';

const site = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const otherSite = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const workspace = 'cccccccccccccccccccccccc';

const token = (overrides: Partial<VerifiedToken>): VerifiedToken => ({
  id: 'dddddddddddddddddddddddd',
  kind: 'site',
  ownerType: 'site',
  ownerId: site,
  workspaceId: workspace,
  scopes: { sites: 'read' },
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  staleAt: null,
  ...overrides,
});

const policy = new RoutePolicy(sampleRoutePolicy);

describe('Class: RoutePolicy', () => {
  describe('Method: decide', () => {
    it('derives access from the method: GET needs read, POST needs write', () => {
      expect(policy.decide(token({}), 'GET', `/v2/sites/${site}`).allowed).toBe(true);
      expect(policy.decide(token({}), 'POST', `/v2/sites/${site}/publish`)).toEqual({
        allowed: false,
        reason: 'the token lacks sites:write',
      });
      expect(
        policy.decide(token({ scopes: { sites: 'write' } }), 'POST', `/v2/sites/${site}/publish`).allowed,
      ).toBe(true);
    });

    it("binds {siteId} to the token's own site", () => {
      expect(policy.decide(token({}), 'GET', `/v2/sites/${otherSite}`)).toMatchObject({ allowed: false });
      expect(policy.decide(token({}), 'GET', '/v2/sites/*')).toMatchObject({ allowed: false });
    });

    it('denies custom_code to site tokens whatever their scopes say', () => {
      const forged = token({ scopes: { sites: 'write', custom_code: 'write' } });
      expect(policy.decide(forged, 'GET', `/v2/sites/${site}/custom_code`)).toEqual({
        allowed: false,
        reason: 'the custom_code API is never granted to site tokens',
      });
    });

    it('denies every site API to workspace tokens, even with forged scopes', () => {
      const workspaceToken = token({
        kind: 'workspace',
        ownerType: 'workspace',
        ownerId: workspace,
        scopes: { sites: 'write' },
      });
      expect(policy.decide(workspaceToken, 'GET', '/v2/sites')).toMatchObject({ allowed: false });
      expect(policy.decide(workspaceToken, 'GET', `/v2/sites/${site}`)).toMatchObject({ allowed: false });
    });

    it("lets a workspace token read its own workspace's audit logs only", () => {
      const workspaceToken = token({
        kind: 'workspace',
        ownerType: 'workspace',
        ownerId: workspace,
        scopes: { audit_logs: 'read' },
      });
      expect(policy.decide(workspaceToken, 'GET', `/v2/workspaces/${workspace}/audit_logs`).allowed).toBe(
        true,
      );
      expect(policy.decide(workspaceToken, 'GET', `/v2/workspaces/${site}/audit_logs`).allowed).toBe(false);
      expect(policy.decide(workspaceToken, 'GET', `/v2/workspaces/${workspace}`).allowed).toBe(false);
    });

    it('denies routes the policy does not list, and admin keys everywhere but where admitted', () => {
      expect(policy.decide(token({}), 'DELETE', `/v2/sites/${site}`)).toMatchObject({ allowed: false });
      expect(policy.decide(token({}), 'GET', '/v2/unknown')).toMatchObject({ allowed: false });
      const admin = token({ kind: 'admin', ownerType: 'principal', scopes: null });
      expect(policy.decide(admin, 'GET', '/v2/token/introspect')).toMatchObject({ allowed: false });
      expect(policy.decide(admin, 'GET', '/v2/sites')).toMatchObject({ allowed: false });
    });
  });

  describe('Method: allowedRoutes', () => {
    it('lists every permitted route with bound parameters filled in', () => {
      expect(policy.allowedRoutes(token({ scopes: { sites: 'write' } }))).toEqual([
        { method: 'GET', path: '/v2/token/introspect' },
        { method: 'GET', path: '/v2/sites' },
        { method: 'GET', path: `/v2/sites/${site}` },
        { method: 'POST', path: `/v2/sites/${site}/publish` },
      ]);
    });
  });
});
