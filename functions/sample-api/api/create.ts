import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { created } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(async ({ params, body, caller }, { content }) =>
  created({
    data: await content.create(caller, params.pluralName!, (body as { data: Record<string, unknown> }).data),
  }),
);

export const handler = httpHandler(operation);
