import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { ok } from '../../../shared/http/responses.js';
import { pageRequestOf } from '../../../shared/http/route-targets.js';
import { paginationQuery } from '../../../shared/http/schemas/common.js';
import { protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('contentType'), query: paginationQuery },
  { content: contentService },
  async ({ params, query, caller }, { content }) =>
    ok(await content.deliveryList(caller, params.contentType, pageRequestOf(query))),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
