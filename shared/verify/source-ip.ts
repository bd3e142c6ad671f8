import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Whether a request's source address is one of a token's allowed addresses and ranges. Matching uses
 * Node's own matcher (`net.BlockList`), which treats an IPv4-mapped IPv6 source as its IPv4 address, so
 * the verifier bundles no address parser. The values were validated as strict addresses or CIDR ranges
 * when the token was saved (`isIpOrCidr`); one the matcher refuses anyway matches nothing.
 */

type Family = 'ipv4' | 'ipv6';

const familyOf = (address: string): Family | undefined =>
  isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;

/** `::ffff:a.b.c.d`: an IPv4 address written as IPv6, which counts as that IPv4 address on both sides. */
const IPV4_MAPPED = new BlockList();
IPV4_MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6');
const isIpv4Mapped = (address: string, family: Family) =>
  family === 'ipv6' && IPV4_MAPPED.check(address, 'ipv6');

/**
 * An IPv4 and an IPv6 matcher: kept apart so that an IPv6 range (`::/0`) never takes in IPv4 sources,
 * which Node's single list would through their mapped form.
 */
interface Matcher {
  readonly ipv4: BlockList;
  readonly ipv6: BlockList;
}

const matcherOf = (allowed: readonly string[]): Matcher => {
  const matcher = { ipv4: new BlockList(), ipv6: new BlockList() };
  for (const value of allowed) {
    const [address = '', prefix] = value.split('/');
    const family = familyOf(address);
    if (family === undefined) continue;
    try {
      if (prefix !== undefined) matcher[family].addSubnet(address, Number(prefix), family);
      else matcher[isIpv4Mapped(address, family) ? 'ipv4' : family].addAddress(address, family);
    } catch {
      // Not an address or range the matcher takes: it allows nothing.
    }
  }
  return matcher;
};

/** Matchers by the token's list: a cached token's list is the same array from one request to the next. */
const matchers = new WeakMap<readonly string[], Matcher>();

export const ipAllowed = (allowed: readonly string[], sourceIp: string | undefined): boolean => {
  const family = sourceIp === undefined ? undefined : familyOf(sourceIp);
  if (family === undefined) return false;
  let matcher = matchers.get(allowed);
  if (matcher === undefined) {
    matcher = matcherOf(allowed);
    matchers.set(allowed, matcher);
  }
  // A mapped source is its IPv4 address: the IPv4 matcher takes the mapped form as it is.
  const list = family === 'ipv4' || isIpv4Mapped(sourceIp!, family) ? matcher.ipv4 : matcher.ipv6;
  return list.check(sourceIp!, family);
};
