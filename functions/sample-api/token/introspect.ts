import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(async ({ caller }, { sampleData }) =>
  ok(await sampleData.introspect(caller)),
);

export const handler = httpHandler(operation);
