import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';
import { sampleDataService } from '../../components.js';
import { protectedRoutes } from '../../routes.js';

export const operation = authorizedByToken(
  {},
  { sampleData: sampleDataService },
  async ({ caller }, { sampleData }) => ok({ sites: await sampleData.sitesOf(caller) }),
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
