import type { RouteDefinition } from '../route.js';
import { verificationResult, verifyBody } from '../schemas/verify.js';

/** Verification for the caller's own API, with an admin key that holds `verify` on the token's owner. */

export const verifyRoutes: readonly RouteDefinition[] = [
  {
    method: 'POST',
    path: '/v1/verify',
    operationId: 'verifyToken',
    access: 'tokens',
    summary:
      "Verify a token (and optionally a request) for your own API; needs `verify` on the token's owner",
    tag: 'Verification',
    handler: 'functions/verify/verify',
    auth: 'admin',
    request: { body: verifyBody },
    responses: {
      200: {
        description: 'The verification outcome; denials are 200 with valid: false',
        schema: verificationResult,
      },
    },
  },
];
