import type { KeyProvider } from '../crypto/key-provider.js';
import { secretMatches } from '../crypto/token-hasher.js';
import { requiredHeadersPresent, SECRET_HEADER, type TokenRestrictions } from '../domain/restrictions.js';
import { ipAllowed } from './source-ip.js';

/** What restrictions read of a request: where it came from and its headers. */
export interface RestrictedRequest {
  readonly sourceIp?: string | undefined;
  readonly headers?: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * Whether a request meets a token's restrictions (project tokens, seed 002): its source address among the
 * allowed ones, the required headers with their values, and the secret key in `x-token-secret`.
 */
export const restrictionsMet = async (
  keys: KeyProvider,
  restrictions: TokenRestrictions,
  request: RestrictedRequest,
): Promise<boolean> => {
  const headers = request.headers ?? {};
  if (restrictions.ipRestrictionsEnabled && !ipAllowed(restrictions.ipValues, request.sourceIp)) return false;
  if (!requiredHeadersPresent(restrictions.requiredHeaders, headers)) return false;
  if (!restrictions.secretKeyEnabled) return true;
  const presented = Object.entries(headers).find(([name]) => name.toLowerCase() === SECRET_HEADER)?.[1];
  const { secretKeyHash, secretKeyPepperVersion } = restrictions;
  if (presented === undefined || secretKeyHash === undefined || secretKeyPepperVersion === undefined)
    return false;
  return secretMatches(keys, presented, { hash: secretKeyHash, pepperVersion: secretKeyPepperVersion });
};
