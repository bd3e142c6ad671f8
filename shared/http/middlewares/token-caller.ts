import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { UnauthenticatedError } from '../../domain/errors.js';
import { requireState } from '../request-state.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

interface AuthorizedEvent {
  readonly requestContext?: {
    readonly authorizer?: { readonly lambda?: Record<string, string | undefined> };
  };
}

/**
 * Reads who the token authorizer let in from the event (`requestContext.authorizer.lambda`). A `token`
 * route reached without an authorizer context is a deployment mistake and is refused, not served.
 */
export const tokenCaller = (): Middleware => ({
  before: async ({ event }) => {
    const state = requireState(event);
    if (state.route.auth !== 'token') return;
    const context = (event as AuthorizedEvent).requestContext?.authorizer?.lambda;
    if (context?.tokenId === undefined || context.kind === undefined || context.ownerId === undefined) {
      throw new UnauthenticatedError('A valid token is required.');
    }
    state.caller = {
      tokenId: context.tokenId,
      kind: context.kind,
      ownerType: context.ownerType ?? '',
      ownerId: context.ownerId,
      ...(context.workspaceId ? { workspaceId: context.workspaceId } : {}),
      ...(context.environmentId ? { environmentId: context.environmentId } : {}),
      ...(context.identityId ? { identityId: context.identityId } : {}),
      ...(context.externalId ? { externalId: context.externalId } : {}),
    };
  },
});
