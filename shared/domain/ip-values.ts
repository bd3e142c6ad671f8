import ipaddr from 'ipaddr.js';

/**
 * Strict forms only: `10` or `0x0a.1` are valid to some parsers and are not addresses anyone means. What
 * passes here is matched by the verifier (shared/verify/source-ip.ts); a test holds the two to agreement.
 */
export const isIpOrCidr = (value: string): boolean => {
  if (value.includes('/'))
    return ipaddr.IPv4.isValidCIDRFourPartDecimal(value) || ipaddr.IPv6.isValidCIDR(value);
  return ipaddr.IPv4.isValidFourPartDecimal(value) || ipaddr.IPv6.isValid(value);
};
