import type { ResourceType } from '../domain/directory.js';
import { KeywardError } from '../domain/errors.js';
import { parseToken } from '../domain/token-format.js';
import type { TokenRepository } from '../store/token-repository.js';
import type { VerificationResult } from '../verify/outcome.js';
import {
  type VerificationDependencies,
  type VerificationRequest,
  verifyToken,
} from '../verify/verify-token.js';
import type { AccessPolicy } from './access-policy.js';
import type { Actor } from './actor.js';

export interface VerificationServiceDependencies {
  readonly tokens: TokenRepository;
  readonly access: AccessPolicy;
  /** With the protected API's route policy, for requests that name a method and path. */
  readonly verification: VerificationDependencies;
}

/**
 * `POST /v1/verify`: a backend asks whether a token may make a request. The caller must hold `verify` on
 * the token's owner; for any other token the answer is NOT_FOUND, exactly as for an unknown one, so the
 * endpoint cannot be used to probe tokens of other tenants.
 */
export class VerificationService {
  public constructor(private readonly deps: VerificationServiceDependencies) {}

  public async verifyFor(actor: Actor, request: VerificationRequest): Promise<VerificationResult> {
    const parsed = parseToken(request.token);
    if (parsed === undefined) return { valid: false, code: 'MALFORMED' };
    const token = await this.deps.tokens.get(parsed.tokenId);
    if (token === undefined) return { valid: false, code: 'NOT_FOUND' };
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
