import { contentService } from '../../shared/composition/services.js';
import { authorizedByToken, httpHandler } from '../../shared/http/http-handler.js';
import { bearerTokenOf } from '../../shared/verify/bearer.js';
import { verifyToken } from '../../shared/verify/verify-token.js';
import { contentFieldVerification } from '../components.js';
import { graphqlServer } from '../graphql.js';
import { graphqlBody, protectedRoutes } from '../routes.js';

export const operation = authorizedByToken(
  { body: graphqlBody },
  { content: contentService, verification: contentFieldVerification },
  async ({ body, caller, event }, { content, verification }) => {
    const token = bearerTokenOf(event.headers.authorization) ?? '';
    const sourceIp = event.requestContext.http.sourceIp;
    const answer = await graphqlServer.fetch(
      new Request('http://content.invalid/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      }),
      {
        caller,
        content,
        verify: (method, path) =>
          verifyToken(verification, { token, method, path, sourceIp, headers: event.headers }),
      },
    );
    return { status: answer.status, body: await answer.json() };
  },
);

export const handler = httpHandler(operation, { routes: protectedRoutes });
