import { describe, expect, it } from 'vitest';
import {
  declarationChangeOf,
  declaredTokenIdOf,
  rotationProblems,
  type TokenDeclaration,
} from '../../../shared/domain/declared-token.js';

const site: TokenDeclaration = {
  kind: 'site',
  ownerId: '65a1f0c2e4b0a1b2c3d4e5f6',
  token: { name: 'orders', description: 'the orders service', scopes: { sites: 'read', ecommerce: 'write' } },
};
const withToken = (token: Record<string, unknown>): TokenDeclaration => ({
  ...site,
  token: { ...site.token, ...token },
});

describe('Function: declarationChangeOf', () => {
  it('keeps a token whose declaration did not change', () => {
    expect(declarationChangeOf(site, { ...site, token: { ...site.token } })).toEqual({ action: 'keep' });
  });

  it('changes names, descriptions and narrower scopes in place, a left-out description as null', () => {
    const { description: _removed, ...rest } = site.token;
    expect(
      declarationChangeOf(site, {
        ...site,
        token: { ...rest, name: 'orders (read)', scopes: { sites: 'read', ecommerce: 'read' } },
      }),
    ).toEqual({
      action: 'update',
      patch: { name: 'orders (read)', description: null, scopes: { sites: 'read', ecommerce: 'read' } },
    });
  });

  it.each([
    ['a wider scope', withToken({ scopes: { sites: 'read', ecommerce: 'write', cms: 'read' } })],
    ['a scope raised', withToken({ scopes: { sites: 'write', ecommerce: 'write' } })],
    ['a rate limit', withToken({ rateLimit: { limit: 10, windowSeconds: 60 } })],
    ['another owner', { ...site, ownerId: '65a1f0c2e4b0a1b2c3d4e5f7' }],
    ['another acting principal', { ...site, createdBy: '65a1f0c2e4b0a1b2c3d4e5f8' }],
  ])('replaces the token for %s', (_case, after) => {
    expect(declarationChangeOf(site, after as TokenDeclaration)).toEqual({ action: 'replace' });
  });
});

describe('Function: declaredTokenIdOf', () => {
  it('gives every attempt at one request the same 24-hex id, and another request another', () => {
    const request = {
      stackId: 'arn:aws:cloudformation:…/Orders/1',
      logicalResourceId: 'Token',
      requestId: 'r1',
    };
    expect(declaredTokenIdOf(request)).toMatch(/^[0-9a-f]{24}$/);
    expect(declaredTokenIdOf({ ...request })).toBe(declaredTokenIdOf(request));
    expect(declaredTokenIdOf({ ...request, requestId: 'r2' })).not.toBe(declaredTokenIdOf(request));
  });
});

describe('Function: rotationProblems', () => {
  it('accepts a monthly rotation with a day of grace, and names what cannot work', () => {
    expect(rotationProblems({ kind: 'site', everySeconds: 30 * 86_400, graceSeconds: 86_400 })).toEqual([]);
    expect(rotationProblems({ kind: 'delivery', everySeconds: 30 * 86_400, graceSeconds: 0 })).toEqual([
      'a project token cannot be regenerated, so it cannot rotate; leave rotateEvery out',
    ]);
    expect(rotationProblems({ kind: 'site', everySeconds: 3_600, graceSeconds: 60 })[0]).toMatch(
      /whole hours, from 4 hours/,
    );
    expect(
      rotationProblems({ kind: 'api', everySeconds: 7 * 86_400, graceSeconds: 60, lifespanDays: 7 }),
    ).toEqual([expect.stringContaining("not shorter than the token's 7-day lifespan")]);
  });
});
