import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { UnauthenticatedError } from '../domain/errors.js';
import { type Runtime, runtimeFromEnvironment } from '../runtime.js';
import type { Actor, RequestMeta } from '../services/actor.js';
import type { TokenCaller } from '../services/sample-data-service.js';
import { adminAuthentication } from './middlewares/admin-authentication.js';
import { errorResponse } from './middlewares/error-response.js';
import { jsonBody } from './middlewares/json-body.js';
import { requestContext } from './middlewares/request-context.js';
import { restEvent } from './middlewares/rest-event.js';
import { tokenCaller } from './middlewares/token-caller.js';
import { validateRequest } from './middlewares/validate-request.js';
import { requireState } from './request-state.js';
import type { HttpResult } from './responses.js';
import { toApiGatewayResult } from './responses.js';
import type { RouteDefinition } from './route.js';

/** What an operation receives once the middlewares have authenticated, parsed and validated the request. */
export interface OperationInput {
  readonly route: RouteDefinition;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly meta: RequestMeta;
  readonly event: APIGatewayProxyEventV2;
}

export interface AuthenticatedInput extends OperationInput {
  readonly actor: Actor;
}

export interface TokenInput extends OperationInput {
  readonly caller: TokenCaller;
}

export type Operation = (input: OperationInput, runtime: Runtime) => Promise<HttpResult>;
export type AuthenticatedOperation = (input: AuthenticatedInput, runtime: Runtime) => Promise<HttpResult>;
export type TokenOperation = (input: TokenInput, runtime: Runtime) => Promise<HttpResult>;

export type HttpHandler = middy.MiddyfiedHandler<
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Error,
  Context
>;

/** An operation of an `auth: 'admin'` route: the actor is always present. */
export const authenticated =
  (operation: AuthenticatedOperation): Operation =>
  (input, runtime) => {
    const { actor } = requireState(input.event);
    if (actor === undefined) throw new UnauthenticatedError();
    return operation({ ...input, actor }, runtime);
  };

/** An operation of an `auth: 'token'` route: the authorizer's caller is always present. */
export const authorizedByToken =
  (operation: TokenOperation): Operation =>
  (input, runtime) => {
    const { caller } = requireState(input.event);
    if (caller === undefined) throw new UnauthenticatedError('A valid token is required.');
    return operation({ ...input, caller }, runtime);
  };

/**
 * Wraps an operation in the middleware stack every route shares. Order matters: the access log and the
 * error renderer come first so they see every outcome; authentication precedes body parsing so an
 * anonymous caller learns nothing from validation errors.
 */
export const httpHandler = (
  operation: Operation,
  runtime: () => Runtime = runtimeFromEnvironment,
): HttpHandler =>
  middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(restEvent())
    .use(requestContext({ logger: () => runtime().logger, clock: () => runtime().clock }))
    .use(errorResponse({ logger: () => runtime().logger }))
    .use(
      adminAuthentication({
        verification: () => runtime().adminKeys.verification,
        directory: () => runtime().repositories.directory,
        guard: () => runtime().adminKeys.guard,
      }),
    )
    .use(tokenCaller())
    .use(jsonBody())
    .use(validateRequest())
    .handler(async (event) => {
      const state = requireState(event);
      const result = await operation(
        {
          route: state.route,
          params: state.params,
          query: state.query,
          body: state.body,
          meta: state.meta,
          event,
        },
        runtime(),
      );
      return toApiGatewayResult(result, state.requestId);
    });
