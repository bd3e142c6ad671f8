import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Logger } from '../../observability/logger.js';
import { errorResult } from '../error-result.js';
import { stateOf } from '../request-state.js';
import { toApiGatewayResult } from '../responses.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

/** Renders whatever a handler or middleware threw as the API's error body. Handlers never build error JSON. */
export const errorResponse = (options: { readonly logger: () => Logger }): Middleware => ({
  onError: async (request) => {
    const requestId = stateOf(request.event)?.requestId ?? request.context.awsRequestId;
    // Setting the response (rather than returning it) lets the access log, registered earlier, still run.
    request.response = toApiGatewayResult(errorResult(request.error, requestId, options.logger()), requestId);
  },
});
