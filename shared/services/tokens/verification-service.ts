import type { ResourceType } from '../../domain/directory.js';
import { KeywardError } from '../../domain/errors.js';
import type { TokenRecord } from '../../domain/token.js';
import { parseToken } from '../../domain/token-format.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { VerificationResult } from '../../verify/outcome.js';
import { isEndedSecret, secretMatchOf } from '../../verify/secret-match.js';
import {
  type VerificationDependencies,
  type VerificationRequest,
  verifyToken,
} from '../../verify/verify-token.js';
import type { AccessPolicy } from '../directory/access-policy.js';
import type { Actor } from '../directory/actor.js';

export interface VerificationServiceDependencies {
  readonly tokens: TokenRepository;
  readonly access: AccessPolicy;
  /** With the protected API's route policy, for requests that name a method and path. */
  readonly verification: VerificationDependencies;
}

/**
 * Stands in for a missing token so an unknown id costs the same HMAC as a known one: the work done before
 * the answer must not depend on whether the id exists.
 */
const DECOY: TokenRecord = {
  tokenId: '0'.repeat(24),
  hash: Buffer.alloc(32).toString('base64url'),
  pepperVersion: 1,
} as TokenRecord;

/**
 * `POST /v1/verify`: a backend asks whether a token may make a request. The caller must hold `verify` on
 * the token's owner; for any other token the answer is NOT_FOUND, exactly as for an unknown one, so the
 * endpoint cannot be used to probe tokens of other tenants — neither by its answers nor by its timing. The
 * secret is checked before the permission (whose reads only an existing id would cost), against a decoy when
 * the id is unknown, so made-up ids and other tenants' ids do the same work: one read and one HMAC.
 */
export class VerificationService {
  public constructor(private readonly deps: VerificationServiceDependencies) {}

  public async verifyFor(actor: Actor, request: VerificationRequest): Promise<VerificationResult> {
    const parsed = parseToken(request.token);
    if (parsed === undefined) return { valid: false, code: 'MALFORMED' };
    const token = await this.deps.tokens.get(parsed.tokenId);
    const { keys, clock } = this.deps.verification;
    const match = await secretMatchOf(keys, parsed.secret, token ?? DECOY, clock.now().getTime());
    if (token === undefined) return { valid: false, code: 'NOT_FOUND' };
    // A rotated-out value goes on to verification, which revokes the token (reuse detection).
    if (match === undefined && !(await isEndedSecret(keys, parsed.secret, token, clock.now().getTime()))) {
      return { valid: false, code: 'NOT_FOUND' };
    }
    try {
      await this.deps.access.authorize(actor, token.ownerType as ResourceType, token.ownerId, 'verify');
    } catch (error) {
      if (error instanceof KeywardError && (error.status === 403 || error.status === 404)) {
        return { valid: false, code: 'NOT_FOUND' };
      }
      throw error;
    }
    return verifyToken(this.deps.verification, request);
  }
}
