import { UnauthenticatedError } from '../../domain/errors.js';
import type { TokenRecord } from '../../domain/token.js';
import { parseToken } from '../../domain/token-format.js';
import { secretMatchOf } from '../../verify/secret-match.js';
import { type VerificationDependencies, verifyToken } from '../../verify/verify-token.js';

/**
 * Authenticates a token acting on itself: it must verify (active, unexpired, within its limits) by its
 * current secret; a previous value inside its grace period may still call APIs but not rotate the token.
 * Every failure is the same 401.
 */
export const selfAuthenticator =
  (verification: VerificationDependencies) =>
  async (presented: string): Promise<TokenRecord> => {
    const refused = new UnauthenticatedError(
      'A valid token is required: send "Authorization: Bearer <token>".',
    );
    const parsed = parseToken(presented);
    if (parsed === undefined) throw refused;
    // Verification reads the item once; the same item then tells which secret the value is.
    let read: TokenRecord | undefined;
    const { store } = verification;
    const reading = {
      ...store,
      get: async (tokenId: string) => {
        read = await store.get(tokenId);
        return read;
      },
    };
    if (!(await verifyToken({ ...verification, store: reading }, presented)).valid || read === undefined) {
      throw refused;
    }
    const match = await secretMatchOf(
      verification.keys,
      parsed.secret,
      read,
      verification.clock.now().getTime(),
    );
    if (match !== 'current') throw refused;
    return read;
  };
