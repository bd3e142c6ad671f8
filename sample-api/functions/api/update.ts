import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { ok } from '../../../shared/http/responses.js';
import { entryBody, protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('pluralName', 'entryId'), body: entryBody },
  { content: contentService },
  async ({ params, body, caller }, { content }) =>
    ok({
      data: await content.update(caller, params.pluralName, params.entryId, body.data),
    }),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
