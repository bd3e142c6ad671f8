import { contentService } from '../../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { noContent } from '../../../shared/http/responses.js';

export const operation = authorizedByToken(
  { content: contentService },
  async ({ params, caller }, { content }) => {
    await content.delete(caller, params.pluralName!, params.entryId!);
    return noContent();
  },
);

export const handler = httpHandler(operation);
