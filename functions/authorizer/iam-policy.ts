import type { APIGatewayAuthorizerResult } from 'aws-lambda';
import type { AuthorizerContext } from './authorization.js';

/** `arn:aws:execute-api:region:account:apiId/stage/METHOD/path` split into what REST authorizers need. */
export interface MethodArn {
  /** `arn:aws:execute-api:region:account:apiId/stage` */
  readonly stageArn: string;
  readonly method: string;
  readonly path: string;
}

export const parseMethodArn = (methodArn: string): MethodArn => {
  const [apiArn = '', stage = '', method = '', ...path] = methodArn.split('/');
  return { stageArn: `${apiArn}/${stage}`, method, path: `/${path.join('/')}` };
};

export const iamPolicy = (
  principalId: string,
  effect: 'Allow' | 'Deny',
  resources: readonly string[],
  /** The token's context, or just the denial code when no token was identified. */
  context?: AuthorizerContext | { readonly code: string },
): APIGatewayAuthorizerResult => ({
  principalId,
  policyDocument: {
    Version: '2012-10-17',
    Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: [...resources] }],
  },
  ...(context === undefined ? {} : { context }),
});

/**
 * API Gateway's convention for "answer 401": the authorizer fails with exactly the message `Unauthorized`.
 * The verification code rides along on the error for local gateways and logs; API Gateway ignores it.
 */
export class UnauthorizedSignal extends Error {
  public constructor(public readonly code: string) {
    super('Unauthorized');
    this.name = 'Unauthorized';
  }
}

/**
 * Verification could not run. Any failure other than `Unauthorized` is API Gateway's AUTHORIZER_FAILURE,
 * which `TokenAuthorizer.addGatewayResponses` answers 503 with Retry-After; the message names no token.
 */
export class UnavailableSignal extends Error {
  public constructor(public readonly code: string) {
    super('Token verification unavailable');
    this.name = 'Unavailable';
  }
}
