import { authorizedByToken, httpHandler } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';
import { protectedRoutes } from '../../routes.js';

/** Reachable only by a token kind that may hold `custom_code`; no Keyward kind may, so this never runs. */
export const operation = authorizedByToken({}, {}, async () => ok({ blocks: [] }));

export const handler = httpHandler(operation, { routes: protectedRoutes });
