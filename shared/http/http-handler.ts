import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Components, Container, Resolved } from '../composition/container.js';
import { containerFromEnvironment } from '../composition/environment.js';
import { clock as clockPart, directoryRepository, logger as loggerPart } from '../composition/store.js';
import { adminKeyGuard, adminKeyVerification } from '../composition/verification.js';
import { UnauthenticatedError } from '../domain/errors.js';
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

/** A route's work, given the container its services come from. */
export type Operation = (input: OperationInput, container: Container) => Promise<HttpResult>;

export type HttpHandler = middy.MiddyfiedHandler<
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Error,
  Context
>;

/** An operation that names the services it uses: a function bundles only those (shared/composition). */
export const using =
  <C extends Components>(
    parts: C,
    operation: (input: OperationInput, services: Resolved<C>) => Promise<HttpResult>,
  ): Operation =>
  (input, container) =>
    operation(input, container.resolve(parts));

/** An operation of an `auth: 'admin'` route: the actor is always present. */
export const authenticated =
  <C extends Components>(
    parts: C,
    operation: (input: AuthenticatedInput, services: Resolved<C>) => Promise<HttpResult>,
  ): Operation =>
  (input, container) => {
    const { actor } = requireState(input.event);
    if (actor === undefined) throw new UnauthenticatedError();
    return operation({ ...input, actor }, container.resolve(parts));
  };

/** An operation of an `auth: 'token'` route: the authorizer's caller is always present. */
export const authorizedByToken =
  <C extends Components>(
    parts: C,
    operation: (input: TokenInput, services: Resolved<C>) => Promise<HttpResult>,
  ): Operation =>
  (input, container) => {
    const { caller } = requireState(input.event);
    if (caller === undefined) throw new UnauthenticatedError('A valid token is required.');
    return operation({ ...input, caller }, container.resolve(parts));
  };

/**
 * Wraps an operation in the middleware stack every route shares. Order matters: the access log and the
 * error renderer come first so they see every outcome; authentication precedes body parsing so an
 * anonymous caller learns nothing from validation errors.
 */
export const httpHandler = (
  operation: Operation,
  container: () => Container = containerFromEnvironment,
): HttpHandler =>
  middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(restEvent())
    .use(
      requestContext({ logger: () => container().get(loggerPart), clock: () => container().get(clockPart) }),
    )
    .use(errorResponse({ logger: () => container().get(loggerPart) }))
    .use(
      adminAuthentication({
        verification: () => container().get(adminKeyVerification),
        directory: () => container().get(directoryRepository),
        guard: () => container().get(adminKeyGuard),
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
        container(),
      );
      return toApiGatewayResult(result, state.requestId);
    });
