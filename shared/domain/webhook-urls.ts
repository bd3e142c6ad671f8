import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go. Apart from the webhook types (shared/domain/webhooks.ts) because it needs an
 * address parser, which only the functions that take or send to a URL should carry.
 */

/** Which destinations a deployment accepts: public HTTPS on AWS; locally, also plain HTTP to loopback. */
export type UrlPolicy = 'public-https' | 'local';

/**
 * IPv4-compatible IPv6 addresses (`::a.b.c.d`, deprecated by RFC 4291): ipaddr.js counts them as unicast, yet
 * a stack that still routes them reaches the IPv4 address inside (`[::169.254.169.254]` is the metadata
 * service). Mapped, NAT64 and 6to4 embeddings have ranges of their own, which are not unicast.
 */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/**
 * Addresses no webhook may reach on AWS: private, loopback, link-local (metadata services), and the like,
 * and every IPv6 form that embeds an IPv4 address.
 */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false;
  // Checked before `process`, which reads `::8.8.8.8` as the IPv4 address it embeds.
  if (ipaddr.IPv6.isValid(address) && ipaddr.IPv6.parse(address).match(IPV4_COMPATIBLE)) return false;
  return ipaddr.process(address).range() === 'unicast';
};

const isLoopback = (host: string): boolean =>
  host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');

/** Why a URL is refused as a webhook destination, or `undefined` when it is acceptable as written. */
export const webhookUrlProblem = (url: string, policy: UrlPolicy): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry credentials';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (policy === 'local' && parsed.protocol === 'http:' && isLoopback(host)) return undefined;
  if (parsed.protocol !== 'https:') return 'must use https';
  if (ipaddr.isValid(host) && !isPublicAddress(host))
    return 'must not point at a private, loopback or link-local address';
  if (policy === 'public-https' && (host === 'localhost' || host.endsWith('.localhost'))) {
    return 'must not point at a private, loopback or link-local address';
  }
  return undefined;
};
