import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(async ({ params, caller }, { content }) =>
  ok({ data: await content.findOne(caller, params.pluralName!, params.entryId!) }),
);

export const handler = httpHandler(operation);
