import type { Verifier } from '../../shared/composition/verifier.js';
import type { Logger } from '../../shared/observability/logger.js';
import { bearerTokenOf } from '../../shared/verify/bearer.js';
import {
  DENIAL_STATUS,
  type VerificationResult,
  type VerifiedIdentity,
} from '../../shared/verify/outcome.js';
import { UNAVAILABLE } from '../../shared/verify/refusal.js';

/**
 * What every authorizer adapter shares: find the bearer token, verify it against the request, log the
 * decision (never the token) and describe it in API Gateway's terms. Adapters only translate.
 */

/** Passed to the protected API's handlers. API Gateway context values must be strings, numbers or booleans. */
export interface AuthorizerContext {
  readonly [key: string]: string;
  readonly tokenId: string;
  readonly kind: string;
  readonly ownerType: string;
  readonly ownerId: string;
  readonly workspaceId: string;
  /** The environment a project token reads ('' for other kinds). */
  readonly environmentId: string;
  /** JSON of the token's scopes. */
  readonly scopes: string;
  readonly code: string;
}
// Beyond these: `retryAfterSeconds` on a limit; on a valid token `creditsRemaining`, and for one that belongs to
// an identity `identityId`, `externalId` (the caller's own id for it) and `identityCreditsRemaining`.

export interface Decision {
  /**
   * allow; unauthorized: the token is unusable (401); deny: not allowed here (403); unavailable: verification
   * could not run, so the request fails closed and may be retried (503 where the gateway allows it).
   */
  readonly effect: 'allow' | 'unauthorized' | 'deny' | 'unavailable';
  /** The verification code, or STORE_UNAVAILABLE when verification could not run. */
  readonly code: string;
  /** Present once the token is identified. */
  readonly context?: AuthorizerContext;
  readonly result?: VerificationResult;
}

export interface AuthorizationRequest {
  readonly requestId: string;
  readonly authorization: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly sourceIp?: string;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

const contextOf = (result: VerificationResult): AuthorizerContext | undefined =>
  result.token === undefined
    ? undefined
    : {
        tokenId: result.token.id,
        kind: result.token.kind,
        ownerType: result.token.ownerType,
        ownerId: result.token.ownerId,
        workspaceId: result.token.workspaceId ?? '',
        environmentId: result.token.environmentId ?? '',
        scopes: JSON.stringify(result.token.scopes ?? {}),
        code: result.code,
        ...(result.valid || result.retryAfterSeconds === undefined
          ? {}
          : { retryAfterSeconds: String(result.retryAfterSeconds) }),
        ...(result.valid && result.creditsRemaining !== undefined
          ? { creditsRemaining: String(result.creditsRemaining) }
          : {}),
        ...(result.valid && result.identity !== undefined ? identityContextOf(result.identity) : {}),
      };

/** The identity a valid token belongs to, for the protected API to meter or bill by. */
const identityContextOf = (identity: VerifiedIdentity): Record<string, string> => ({
  identityId: identity.id,
  externalId: identity.externalId,
  ...(identity.creditsRemaining === undefined
    ? {}
    : { identityCreditsRemaining: String(identity.creditsRemaining) }),
});

export const decide = async (
  verifier: Verifier,
  request: AuthorizationRequest,
  logger: Logger,
): Promise<Decision> => {
  const token = bearerTokenOf(request.authorization);
  let result: VerificationResult;
  try {
    result =
      token === undefined
        ? { valid: false, code: 'MALFORMED' }
        : await verifier.verify({
            token,
            method: request.method,
            path: request.path,
            ...(request.sourceIp === undefined ? {} : { sourceIp: request.sourceIp }),
            ...(request.query === undefined ? {} : { query: request.query }),
            ...(request.headers === undefined ? {} : { headers: request.headers }),
          });
  } catch (error) {
    logger.error('Verification failed; denying', {
      requestId: request.requestId,
      errorName: (error as Error)?.name,
      errorMessage: (error as Error)?.message,
    });
    return { effect: 'unavailable', code: UNAVAILABLE.body.code };
  }
  logger.info('authorization', {
    requestId: request.requestId,
    method: request.method,
    path: request.path,
    code: result.code,
    tokenId: result.token?.id,
    kind: result.token?.kind,
  });
  const context = contextOf(result);
  const effect = result.valid ? 'allow' : DENIAL_STATUS[result.code] === 401 ? 'unauthorized' : 'deny';
  return { effect, code: result.code, ...(context === undefined ? {} : { context }), result };
};
