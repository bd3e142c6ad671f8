import { UnauthenticatedError } from '../domain/errors.js';
import type { TokenRecord } from '../domain/token.js';
import { parseToken } from '../domain/token-format.js';
import type { TokenRepository } from '../store/token-repository.js';
import { secretMatchOf } from '../verify/secret-match.js';
import { type VerificationDependencies, verifyToken } from '../verify/verify-token.js';

/**
 * Authenticates a token acting on itself: it must verify (active, unexpired, within its limits) by its
 * current secret; a previous value inside its grace period may still call APIs but not rotate the token.
 * Every failure is the same 401.
 */
export const selfAuthenticator =
  (verification: VerificationDependencies, tokens: Pick<TokenRepository, 'get'>) =>
  async (presented: string): Promise<TokenRecord> => {
    const parsed = parseToken(presented);
    const refused = new UnauthenticatedError(
      'A valid token is required: send "Authorization: Bearer <token>".',
    );
    if (parsed === undefined || !(await verifyToken(verification, presented)).valid) throw refused;
    const token = await tokens.get(parsed.tokenId);
    if (token === undefined) throw refused;
    const match = await secretMatchOf(
      verification.keys,
      parsed.secret,
      token,
      verification.clock.now().getTime(),
    );
    if (match !== 'current') throw refused;
    return token;
  };
