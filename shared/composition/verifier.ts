import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Logger } from '../observability/logger.js';
import type { VerificationResult } from '../verify/outcome.js';
import type { RoutePolicyEntry } from '../verify/route-policy.js';
import {
  type VerificationDependencies,
  type VerificationRequest,
  verifyToken,
} from '../verify/verify-token.js';
import { type CompositionOptions, Container } from './container.js';
import { compositionOptionsOf } from './environment.js';
import { readSettings } from './settings.js';
import { dynamodb, logger } from './store.js';
import { authorizerVerification } from './verification.js';

/**
 * What an authorizer holds for its lifetime: one store client, the peppers, the cache and the protected
 * API's route policy. It imports no management code, so the authorizer bundle stays small.
 */
export interface Verifier {
  readonly dependencies: VerificationDependencies;
  readonly dynamodb: DynamoDBClient;
  /** The log the verifier's failures go to (the `LOG_LEVEL` setting's when none is given). */
  readonly logger: Logger;
  verify(request: VerificationRequest): Promise<VerificationResult>;
  /** Adds the verification counts not yet in the store (they go once a minute by themselves). */
  flushUsage(): Promise<void>;
}

/** What a verifier is built from: the composition root's options, with the protected API's route policy. */
export interface VerifierSettings
  extends Omit<
    CompositionOptions,
    'routePolicy' | 'maxTokensPerSweep' | 'leakReportsPerHour' | 'adminKeyFailuresPerMinute'
  > {
  readonly policy: readonly RoutePolicyEntry[];
}

/** A verifier over the composition root's recipes: the same parts the management API uses. */
const verifierOf = (options: CompositionOptions): Verifier => {
  const container = new Container(options);
  const dependencies = container.get(authorizerVerification);
  return {
    dependencies,
    dynamodb: container.get(dynamodb),
    logger: container.get(logger),
    verify: (request) => verifyToken(dependencies, request),
    flushUsage: async () => dependencies.usage?.flush(),
  };
};

export const createVerifier = ({ policy, ...options }: VerifierSettings): Verifier =>
  verifierOf({ ...options, routePolicy: policy });

/** An authorizer's verifier, configured by the environment the TokenAuthorizer construct sets. */
export const verifierFromEnvironment = (env?: NodeJS.ProcessEnv): Verifier =>
  verifierOf(compositionOptionsOf(readSettings(env)));
