import ipaddr from 'ipaddr.js';

/**
 * Restrictions of project (delivery) tokens, with the seed's attribute names. A restriction narrows where
 * a valid token works; it never widens anything. All checks are pure except the secret's HMAC.
 */

export interface TokenRestrictions {
  readonly ipRestrictionsEnabled: boolean;
  /** IPv4/IPv6 addresses and CIDR ranges; enforced only while `ipRestrictionsEnabled`. */
  readonly ipValues: readonly string[];
  readonly secretKeyEnabled: boolean;
  /** HMAC of the secret key (never the key), checked against the `x-token-secret` header. */
  readonly secretKeyHash?: string;
  readonly secretKeyPepperVersion?: number;
  /** Headers that must be present with exactly these values; names compare case-insensitively. */
  readonly requiredHeaders: Readonly<Record<string, string>>;
}

export const SECRET_HEADER = 'x-token-secret';

export const NO_RESTRICTIONS: TokenRestrictions = {
  ipRestrictionsEnabled: false,
  ipValues: [],
  secretKeyEnabled: false,
  requiredHeaders: {},
};

/** Strict forms only: `10` or `0x0a.1` are valid to some parsers and are not addresses anyone means. */
export const isIpOrCidr = (value: string): boolean => {
  if (value.includes('/'))
    return ipaddr.IPv4.isValidCIDRFourPartDecimal(value) || ipaddr.IPv6.isValidCIDR(value);
  return ipaddr.IPv4.isValidFourPartDecimal(value) || ipaddr.IPv6.isValid(value);
};

/** Whether `sourceIp` is one of `allowed` (IPv4-mapped IPv6 addresses count as their IPv4 address). */
export const ipAllowed = (allowed: readonly string[], sourceIp: string | undefined): boolean => {
  if (sourceIp === undefined || !ipaddr.isValid(sourceIp)) return false;
  const source = ipaddr.process(sourceIp);
  return allowed.some((value) => {
    const range: [ipaddr.IPv4 | ipaddr.IPv6, number] = value.includes('/')
      ? ipaddr.parseCIDR(value)
      : [ipaddr.process(value), ipaddr.process(value).kind() === 'ipv4' ? 32 : 128];
    const [network] = range;
    const comparable = network.kind() === 'ipv4' ? network : ipaddr.process(network.toString());
    return (
      source.kind() === comparable.kind() && source.match([comparable, range[1]] as [ipaddr.IPv4, number])
    );
  });
};

export const requiredHeadersPresent = (
  required: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string | undefined>>,
): boolean => {
  const lowerCased = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.entries(required).every(([name, value]) => lowerCased.get(name.toLowerCase()) === value);
};
