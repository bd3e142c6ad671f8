import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { noContent } from '../../../shared/http/responses.js';
import { protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('pluralName', 'entryId') },
  { content: contentService },
  async ({ params, caller }, { content }) => {
    await content.delete(caller, params.pluralName, params.entryId);
    return noContent();
  },
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
