import { describe, expect, it } from 'vitest';
import { Router } from '../../../shared/domain/router.js';
import { routes } from '../../../shared/http/routes/index.js';

const router = new Router(routes);

describe('Class: Router', () => {
  it('matches parameters by whole segments', () => {
    const match = router.match('GET', '/v1/sites/aaaaaaaaaaaaaaaaaaaaaaaa/tokens/bbbbbbbbbbbbbbbbbbbbbbbb');
    expect(match).toMatchObject({
      kind: 'matched',
      route: { operationId: 'getSiteToken' },
      params: { siteId: 'aaaaaaaaaaaaaaaaaaaaaaaa', tokenId: 'bbbbbbbbbbbbbbbbbbbbbbbb' },
    });
  });

  it('prefers a literal segment over a parameter', () => {
    expect(router.match('GET', '/v1/principals/me')).toMatchObject({
      route: { operationId: 'getCurrentPrincipal' },
    });
  });

  it('answers method_not_allowed with the allowed methods', () => {
    expect(router.match('PUT', '/v1/sites/x')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET', 'PATCH'],
    });
  });

  it.each([
    '/nope',
    '/v1/sites',
    '/v1/sites/x/',
    '/v1/sites/%E0%A4%A/tokens',
    'v1/workspaces',
    '/v1/sites//tokens',
  ])('answers not_found for %s', (path) => {
    expect(router.match('GET', path).kind).toBe('not_found');
  });

  it('keeps an encoded slash inside its segment', () => {
    expect(router.match('GET', '/v1/sites/a%2Fb')).toMatchObject({
      kind: 'matched',
      params: { siteId: 'a/b' },
    });
  });
});
