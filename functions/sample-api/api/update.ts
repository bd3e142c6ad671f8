import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(
  { content: contentService },
  async ({ params, body, caller }, { content }) =>
    ok({
      data: await content.update(
        caller,
        params.pluralName!,
        params.entryId!,
        (body as { data: Record<string, unknown> }).data,
      ),
    }),
);

export const handler = httpHandler(operation);
