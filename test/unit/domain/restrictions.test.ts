import { describe, expect, it } from 'vitest';
import { contentAccessAllows } from '../../../shared/domain/content-access.js';
import { ipAllowed, isIpOrCidr, requiredHeadersPresent } from '../../../shared/domain/restrictions.js';

describe('Module: restrictions', () => {
  it.each(['10.0.0.1', '10.0.0.0/8', '::1', '2001:db8::/32', '0.0.0.0/0'])('accepts %s', (value) => {
    expect(isIpOrCidr(value)).toBe(true);
  });

  it.each(['300.1.1.1', '::g', '10.0.0.0/33', '10', '0x0a.0.0.1', '1.2.3', '2001:db8::/129', ''])(
    'rejects %s',
    (value) => {
      expect(isIpOrCidr(value)).toBe(false);
    },
  );

  it('matches IPv4 and IPv6 addresses and ranges, and IPv4-mapped IPv6 sources as IPv4', () => {
    const allowed = ['127.0.0.0/8', '2001:db8::/32', '198.51.100.7'];
    expect(ipAllowed(allowed, '127.0.0.1')).toBe(true);
    expect(ipAllowed(allowed, '::ffff:127.0.0.1')).toBe(true);
    expect(ipAllowed(allowed, '2001:db8::42')).toBe(true);
    expect(ipAllowed(allowed, '198.51.100.7')).toBe(true);
    expect(ipAllowed(allowed, '198.51.100.8')).toBe(false);
    expect(ipAllowed(allowed, '10.0.0.1')).toBe(false);
    expect(ipAllowed(allowed, undefined)).toBe(false);
    expect(ipAllowed(allowed, 'not-an-ip')).toBe(false);
  });

  it('compares header names case-insensitively and values exactly', () => {
    expect(requiredHeadersPresent({ 'X-Client': 'app' }, { 'x-client': 'app' })).toBe(true);
    expect(requiredHeadersPresent({ 'X-Client': 'app' }, { 'x-client': 'App' })).toBe(false);
    expect(requiredHeadersPresent({ 'X-Client': 'app' }, {})).toBe(false);
    expect(requiredHeadersPresent({}, {})).toBe(true);
  });
});

describe('Module: content-access', () => {
  it('lets full-access do everything, read-only find and findOne, custom what it lists', () => {
    expect(contentAccessAllows({ type: 'full-access', byPath: {} }, 'articles', 'delete')).toBe(true);
    expect(contentAccessAllows({ type: 'read-only', byPath: {} }, 'articles', 'findOne')).toBe(true);
    expect(contentAccessAllows({ type: 'read-only', byPath: {} }, 'articles', 'create')).toBe(false);
    const custom = { type: 'custom' as const, byPath: { articles: ['find' as const] } };
    expect(contentAccessAllows(custom, 'articles', 'find')).toBe(true);
    expect(contentAccessAllows(custom, 'articles', 'create')).toBe(false);
    expect(contentAccessAllows(custom, 'authors', 'find')).toBe(false);
  });
});
