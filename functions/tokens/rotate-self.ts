import { selfRotationService } from '../../shared/composition/services.js';
import { httpHandler, using } from '../../shared/http/http-handler.js';
import { headerOf } from '../../shared/http/request-state.js';
import { ok } from '../../shared/http/responses.js';
import { compromiseRoutes } from '../../shared/http/routes/compromise.js';
import { selfRotateBody } from '../../shared/http/schemas/compromise.js';
import { bearerTokenOf } from '../../shared/verify/bearer.js';

export const operation = using(
  { body: selfRotateBody },
  { rotation: selfRotationService },
  async ({ event, body, meta }, { rotation }) =>
    ok(await rotation.rotate(bearerTokenOf(headerOf(event, 'authorization')) ?? '', meta, body)),
);

export const handler = httpHandler(operation, { routes: compromiseRoutes });
