import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(async ({ params }, { sampleData }) =>
  ok(await sampleData.workspace(params.workspaceId!)),
);

export const handler = httpHandler(operation);
