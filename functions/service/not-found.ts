import { NotFoundError } from '../../shared/domain/errors.js';
import { httpHandler, type Operation } from '../../shared/http/http-handler.js';

/** API Gateway's `$default` route: any path the route table does not know answers in the API's error shape. */
export const operation: Operation = async ({ event }) => {
  throw new NotFoundError(`No route matches ${event.requestContext.http.method} ${event.rawPath}.`);
};

export const handler = httpHandler(operation, { routes: [] });
