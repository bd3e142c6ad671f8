import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Container } from '../composition/container.js';
import { containerFromEnvironment } from '../composition/environment.js';
import { clock as clockPart, logger as loggerPart, principalRepository } from '../composition/store.js';
import { adminKeyGuard, adminKeyVerification } from '../composition/verification.js';
import { adminAuthentication } from './middlewares/admin-authentication.js';
import { errorResponse } from './middlewares/error-response.js';
import { jsonBody } from './middlewares/json-body.js';
import { requestContext } from './middlewares/request-context.js';
import { restEvent } from './middlewares/rest-event.js';
import { tokenCaller } from './middlewares/token-caller.js';
import { validateRequest } from './middlewares/validate-request.js';
import type { Operation } from './operation.js';
import { requireState } from './request-state.js';
import { toApiGatewayResult } from './responses.js';
import type { RouteDefinition } from './route.js';
import { routeIndexOf } from './route-index.js';

export type { AuthenticatedInput, Operation, OperationInput, TokenInput } from './operation.js';
export { authenticated, authorizedByToken, using } from './operation.js';

export type HttpHandler = middy.MiddyfiedHandler<
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Error,
  Context
>;

/** A function's HTTP handler, with the routes it answers (a test checks they are all its routes). */
export type RoutedHttpHandler = HttpHandler & { readonly routes: readonly RouteDefinition[] };

export interface HttpHandlerOptions {
  /** Where the operation's services come from. @default the function's, composed from its settings */
  readonly container?: () => Container;
  /**
   * The routes this handler serves: its own family's, so that its bundle carries only their schemas
   * (the whole table is `routes/index.ts`, which only the local server, the stack and the OpenAPI read).
   */
  readonly routes: readonly RouteDefinition[];
}

export const httpHandler = (operation: Operation, options: HttpHandlerOptions): RoutedHttpHandler => {
  const container = options.container ?? containerFromEnvironment;
  const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(restEvent())
    .use(
      requestContext({
        logger: () => container().get(loggerPart),
        clock: () => container().get(clockPart),
        findRoute: routeIndexOf(options.routes),
      }),
    )
    .use(errorResponse({ logger: () => container().get(loggerPart) }))
    .use(
      adminAuthentication({
        verification: () => container().get(adminKeyVerification),
        principals: () => container().get(principalRepository),
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
  return Object.assign(handler, { routes: options.routes });
};
