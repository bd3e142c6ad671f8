import { httpHandler, type Operation } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { serviceRoutes } from '../../shared/http/routes/service.js';

/** Tables are created before the server listens, so reaching this handler means the service is ready. */
export const operation: Operation = async () => ok({ status: 'ok' });

export const handler = httpHandler(operation, { routes: serviceRoutes });
