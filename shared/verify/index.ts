/** `keyward/verifier`: verification of Keyward tokens for any Node.js backend that can read the tables. */
export { keyProviderFromEnvironment } from '../crypto/key-provider-from-environment.js';
export { tableNamesFrom } from '../settings.js';
export type { TableNames } from '../store/tables.js';
export {
  expressGuard,
  guardNodeRequest,
  type HonoContextLike,
  honoGuard,
  requestOfNode,
} from './node-adapters.js';
export type { VerificationCode, VerificationResult, VerifiedToken } from './outcome.js';
export { type Refusal, refusalOf, refusalOfResult } from './refusal.js';
export type { RoutePolicyEntry } from './route-policy.js';
export { createVerifier, type Verifier, type VerifierSettings, verifierFromEnvironment } from './verifier.js';
export type { VerificationRequest } from './verify-token.js';
