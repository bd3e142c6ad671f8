import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { UnauthenticatedError } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import { parseToken } from '../../domain/token-format.js';
import type { AdminKeyGuard } from '../../services/directory/admin-key-guard.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import { bearerTokenOf } from '../../verify/bearer.js';
import { type VerificationDependencies, verifyToken } from '../../verify/verify-token.js';
import { headerOf, requireState } from '../request-state.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

export interface AdminAuthenticationOptions {
  readonly verification: () => VerificationDependencies;
  readonly principals: () => Pick<PrincipalRepository, 'getPrincipal'>;
  readonly guard: () => AdminKeyGuard;
}

/**
 * Authenticates management calls with an admin key through the shared verification pipeline. Anything
 * that is not a well-formed admin key is refused before any database read. Every failure is the same 401,
 * so callers learn nothing about which keys exist; a source address failing too often gets 429 instead.
 */
export const adminAuthentication = (options: AdminAuthenticationOptions): Middleware => ({
  before: async ({ event }) => {
    const state = requireState(event);
    if (state.route.auth !== 'admin') return;
    const guard = options.guard();
    const { sourceIp } = state.meta;
    guard.admit(sourceIp);
    const refused = () => {
      guard.failed(sourceIp);
      return new UnauthenticatedError();
    };
    const presented = bearerTokenOf(headerOf(event, 'authorization'));
    const parsed = presented === undefined ? undefined : parseToken(presented);
    if (presented === undefined || parsed?.prefixCode !== tokenKinds.admin.prefixCode) throw refused();
    const result = await verifyToken(options.verification(), presented);
    if (!result.valid) throw refused();
    const principal = await options.principals().getPrincipal(result.token.ownerId);
    if (principal === undefined) throw refused();
    state.actor = {
      principalId: principal.id,
      keyId: result.token.id,
      isOwner: principal.instanceRole === 'owner',
    };
  },
});
