import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';
import { pageRequestOf } from '../../../shared/http/route-targets.js';

export const operation = authorizedByToken(
  { content: contentService },
  async ({ params, query, caller }, { content }) =>
    ok(await content.deliveryList(caller, params.contentType!, pageRequestOf(query))),
);

export const handler = httpHandler(operation);
