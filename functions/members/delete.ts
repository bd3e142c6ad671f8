import { creatorRevocation, membershipService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { pathParams } from '../../shared/http/operation.js';
import { noContent, ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import { memberRoutes } from '../../shared/http/routes/members.js';
import { memberRemovalQuery } from '../../shared/http/schemas/directory.js';

export const operation = authenticated(
  { params: pathParams('principalId'), query: memberRemovalQuery },
  { members: membershipService, revocation: creatorRevocation },
  async ({ route, params, query, actor, meta }, { members, revocation }) => {
    const resource = resourceOf(route, params);
    let revoked: string[] | undefined;
    // The tokens end once the removal is allowed and before it is made: if ending one fails, the member is
    // still there and the same call can be made again.
    await members.removeMember(actor, meta, resource.type, resource.id, params.principalId, async () => {
      if (query.revokeTokens)
        revoked = await revocation.revokeCreatedByWithin(actor, meta, resource, params.principalId);
    });
    return revoked === undefined ? noContent() : ok({ revoked });
  },
);

export const handler = httpHandler(operation, { routes: memberRoutes });
