/** `keyward/verifier`: verification of Keyward tokens for any Node.js backend that can read the tables. */

export type { TableNames } from '../store/tables.js';
export {
  expressGuard,
  guardNodeRequest,
  type HonoContextLike,
  honoGuard,
  requestOfNode,
} from '../verify/node-adapters.js';
export type { VerificationCode, VerificationResult, VerifiedToken } from '../verify/outcome.js';
export { type Refusal, refusalOf, refusalOfResult } from '../verify/refusal.js';
export type { RoutePolicyEntry } from '../verify/route-policy.js';
export type { VerificationRequest } from '../verify/verify-token.js';
export { keyProviderFromEnvironment } from './key-provider-from-environment.js';
export { tableNamesFrom } from './settings.js';
export { createVerifier, type Verifier, type VerifierSettings, verifierFromEnvironment } from './verifier.js';
