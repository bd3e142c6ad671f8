import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { pathParams } from '../../../shared/http/operation.js';
import { ok } from '../../../shared/http/responses.js';
import { sampleDataService } from '../../components.js';
import { protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  { params: pathParams('workspaceId') },
  { sampleData: sampleDataService },
  async ({ params }, { sampleData }) => ok(await sampleData.workspace(params.workspaceId)),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
