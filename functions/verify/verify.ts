import { verificationService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { verifyRoutes } from '../../shared/http/routes/verify.js';
import { verifyBody } from '../../shared/http/schemas/verify.js';

export const operation = authenticated(
  { body: verifyBody },
  { verifications: verificationService },
  async ({ body, actor }, { verifications }) => ok(await verifications.verifyFor(actor, body)),
);

export const handler = httpHandler(operation, { routes: verifyRoutes });
