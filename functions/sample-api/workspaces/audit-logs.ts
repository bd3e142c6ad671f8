import { sampleDataService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';
import { pageRequestOf } from '../../../shared/http/route-targets.js';

export const operation = authorizedByToken(
  { sampleData: sampleDataService },
  async ({ params, query }, { sampleData }) =>
    ok(await sampleData.auditLogs(params.workspaceId!, pageRequestOf(query))),
);

export const handler = httpHandler(operation);
