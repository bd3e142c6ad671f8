/** `keyward/cdk`: Keyward's constructs and stack for other CDK apps. */

export type { DeclarableKind } from '../shared/domain/kinds.js';
export type { RoutePolicyEntry } from '../shared/verify/route-policy.js';
export { KeywardFunction, type KeywardFunctionProps } from './constructs/keyward-function.js';
export {
  type DeclaredTokenBodies,
  KeywardToken,
  type KeywardTokenProps,
} from './constructs/keyward-token.js';
export { KeywardTables, type KeywardTablesProps } from './constructs/tables.js';
export { TokenAuthorizer, type TokenAuthorizerProps } from './constructs/token-authorizer.js';
export { type ExistingKeyward, existingKeyward } from './existing-deployment.js';
export { KeywardStack, type KeywardStackProps } from './stacks/keyward-stack.js';
