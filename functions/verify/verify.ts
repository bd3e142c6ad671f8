import { verificationService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import type { VerificationRequest } from '../../shared/verify/verify-token.js';

export const operation = authenticated(
  { verifications: verificationService },
  async ({ body, actor }, { verifications }) =>
    ok(await verifications.verifyFor(actor, body as VerificationRequest)),
);

export const handler = httpHandler(operation);
