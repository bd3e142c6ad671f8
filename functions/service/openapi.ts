import { httpHandler, type Operation } from '../../shared/http/http-handler.js';
import { openApiDocument } from '../../shared/http/openapi.js';
import { ok } from '../../shared/http/responses.js';
import { serviceRoutes } from '../../shared/http/routes/service.js';

export const operation: Operation = async () => ok(openApiDocument());

export const handler = httpHandler(operation, { routes: serviceRoutes });
