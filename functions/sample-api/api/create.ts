import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { created } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(
  { content: contentService },
  async ({ params, body, caller }, { content }) =>
    created({
      data: await content.create(
        caller,
        params.pluralName!,
        (body as { data: Record<string, unknown> }).data,
      ),
    }),
);

export const handler = httpHandler(operation);
