import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { contentAccessAllows } from '../../../shared/domain/content-access.js';
import { isIpOrCidr } from '../../../shared/domain/ip-values.js';
import { requiredHeadersPresent } from '../../../shared/domain/restrictions.js';
import { ipAllowed } from '../../../shared/verify/source-ip.js';

/** What the verifier's matcher must agree with: ipaddr.js, the parser that validates the saved values. */
const oracle = (allowed: readonly string[], source: string): boolean => {
  const address = ipaddr.process(source);
  return allowed.some((value) => {
    const [network, bits] = value.includes('/')
      ? ipaddr.parseCIDR(value)
      : [ipaddr.process(value), ipaddr.process(value).kind() === 'ipv4' ? 32 : 128];
    const comparable = network.kind() === 'ipv4' ? network : ipaddr.process(network.toString());
    return address.kind() === comparable.kind() && address.match([comparable as ipaddr.IPv4, bits]);
  });
};

/**
 * IPv6 written with a dotted tail (`::1.2.3.4`) is left out of the allowed values: ipaddr.js reads every such
 * form as IPv4-mapped, so to it `::0.0.0.0/0` allows all of IPv4; the verifier reads it as the IPv6 range it
 * spells. Sources take the forms API Gateway gives: dotted IPv4, IPv6, and IPv4-mapped `::ffff:1.2.3.4`.
 */
const ipV6 = fc.ipV6().filter((ip) => !ip.includes('.'));
const range = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, bits]) => `${ip}/${bits}`),
  fc.tuple(ipV6, fc.integer({ min: 0, max: 128 })).map(([ip, bits]) => `${ip}/${bits}`),
  fc.ipV4(),
  ipV6,
);

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

  it('matches exactly as ipaddr.js does, for every valid list and source', () => {
    const source = fc.oneof(
      fc.ipV4(),
      ipV6,
      fc.ipV4().map((ip) => `::ffff:${ip}`),
    );
    fc.assert(
      fc.property(fc.array(range, { maxLength: 4 }), source, (allowed, ip) => {
        const valid = allowed.filter(isIpOrCidr);
        expect(ipAllowed(valid, ip)).toBe(oracle(valid, ip));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.ipV4(), (network, bits, ip) => {
        const allowed = [`${network}/${bits}`];
        expect(ipAllowed(allowed, ip)).toBe(oracle(allowed, ip));
        expect(ipAllowed(allowed, network)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
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
