import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(
  { content: contentService },
  async ({ params, caller }, { content }) =>
    ok(await content.deliveryGet(caller, params.contentType!, params.entryId!)),
);

export const handler = httpHandler(operation);
