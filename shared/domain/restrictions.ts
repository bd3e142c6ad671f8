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

export const requiredHeadersPresent = (
  required: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string | undefined>>,
): boolean => {
  const lowerCased = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.entries(required).every(([name, value]) => lowerCased.get(name.toLowerCase()) === value);
};
