import { describe, expect, it } from 'vitest';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import type { TokenRecord } from '../../../shared/domain/token.js';
import {
  cloudFrontGeo,
  geoLocatorOf,
  noGeo,
  REQUEST_LOG_LIMITS,
  RequestLogger,
} from '../../../shared/verify/request-log.js';

const delivery = { tokenId: 'd1', kind: tokenKinds.delivery.kind } as TokenRecord;
const site = { tokenId: 's1', kind: tokenKinds.site.kind } as TokenRecord;
const request = { method: 'GET', path: '/v2/content/article', sourceIp: '203.0.113.9' };
const logger = (geo = noGeo) => new RequestLogger({ append: async () => undefined }, geo);

describe('Class: RequestLogger', () => {
  it('logs only kinds that keep request logs, and only requests that name a method', () => {
    expect(logger().entryFor(site, request, 'VALID', 0)).toBeUndefined();
    expect(logger().entryFor(delivery, { path: '/x' }, 'VALID', 0)).toBeUndefined();
    expect(logger().entryFor(delivery, request, 'VALID', 0)).toMatchObject({
      method: 'GET',
      outcome: 'VALID',
    });
  });

  it('caps the user agent, the query string, the path and header values before storage', () => {
    const entry = logger(cloudFrontGeo).entryFor(
      delivery,
      {
        ...request,
        path: `/${'p'.repeat(5_000)}`,
        query: 'q'.repeat(10_000),
        headers: { 'User-Agent': 'u'.repeat(5_000), 'CloudFront-Viewer-City': 'c'.repeat(5_000) },
      },
      'VALID',
      0,
    )!;
    expect(entry.userAgent).toHaveLength(REQUEST_LOG_LIMITS.userAgentChars);
    expect(entry.query).toHaveLength(REQUEST_LOG_LIMITS.queryChars);
    expect(entry.path).toHaveLength(REQUEST_LOG_LIMITS.pathChars);
    expect(entry.city).toHaveLength(REQUEST_LOG_LIMITS.headerValueChars);
  });

  it('logs every allowed request, and refused ones at most once a second per token with the count skipped', () => {
    const log = logger();
    const at = (ms: number, outcome: string, token = delivery) => log.entryFor(token, request, outcome, ms);
    for (let ms = 0; ms < 10; ms += 1) expect(at(ms, 'VALID')).toBeDefined();
    expect(at(0, 'IP_NOT_ALLOWED')).toMatchObject({ outcome: 'IP_NOT_ALLOWED' });
    for (let ms = 1; ms < 1_000; ms += 10) expect(at(ms, 'IP_NOT_ALLOWED')).toBeUndefined();
    expect(at(500, 'RATE_LIMITED', { ...delivery, tokenId: 'other' })).toBeDefined();
    const next = at(1_000, 'RATE_LIMITED');
    expect(next).toMatchObject({ outcome: 'RATE_LIMITED', refusalsNotLogged: 100 });
    expect(at(2_000, 'RATE_LIMITED')).not.toHaveProperty('refusalsNotLogged');
  });

  it('takes geo only from a configured source', () => {
    const headers = { 'cloudfront-viewer-country': 'GB', 'cloudfront-viewer-city': 'London' };
    expect(logger().entryFor(delivery, { ...request, headers }, 'VALID', 0)).toMatchObject({
      country: null,
      city: null,
    });
    expect(
      logger(geoLocatorOf('cloudfront')).entryFor(delivery, { ...request, headers }, 'VALID', 0),
    ).toMatchObject({
      country: 'GB',
      city: 'London',
    });
    expect(() => geoLocatorOf('maxmind?')).toThrow(/Unknown geo source/);
  });
});
