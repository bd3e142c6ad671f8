import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { created } from '../../../shared/http/responses.js';
import { entryBody, protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('pluralName'), body: entryBody },
  { content: contentService },
  async ({ params, body, caller }, { content }) =>
    created({
      data: await content.create(caller, params.pluralName, body.data),
    }),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
