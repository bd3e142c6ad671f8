import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from '../crypto/key-provider.js';
import { keyProviderFromEnvironment } from '../crypto/key-provider-from-environment.js';
import { type Clock, systemClock } from '../domain/clock.js';
import { type CompromiseNotifier, CompromiseResponse } from '../services/compromise-response.js';
import { eventBridgeNotifier } from '../services/expiry-notifiers.js';
import { AuditRepository } from '../store/audit-repository.js';
import { ChangeFeedRepository } from '../store/change-feed-repository.js';
import { createDocumentClient, createDynamoDbClient, type StoreClientOptions } from '../store/client.js';
import { RateCounterRepository } from '../store/rate-counter-repository.js';
import { RequestLogRepository } from '../store/request-log-repository.js';
import { type TableNames, tableNamesFrom } from '../store/tables.js';
import { TokenPolicyRepository } from '../store/token-policy-repository.js';
import { TokenRepository } from '../store/token-repository.js';
import type { VerificationResult } from './outcome.js';
import { type GeoSource, geoLocatorOf, RequestLogger } from './request-log.js';
import { RoutePolicy, type RoutePolicyEntry } from './route-policy.js';
import { TokenCache, type TokenCacheOptions } from './token-cache.js';
import { DEFAULT_REVOCATION_BOUND_MS, VerificationCache } from './verification-cache.js';
import {
  DEFAULT_TOUCH_INTERVAL_SECONDS,
  type VerificationDependencies,
  type VerificationRequest,
  verifyToken,
} from './verify-token.js';

/**
 * What an authorizer holds for its lifetime: one store client, the peppers, the cache and the protected
 * API's route policy. It imports no management code, so the authorizer bundle stays small.
 */
export interface Verifier {
  readonly dependencies: VerificationDependencies;
  readonly dynamodb: DynamoDBClient;
  verify(request: VerificationRequest): Promise<VerificationResult>;
}

export interface VerifierSettings {
  readonly tables: TableNames;
  /** The peppers; or a function of the store client when they live in the store (AWS). */
  readonly keys: KeyProvider | ((documents: DynamoDBDocumentClient) => KeyProvider);
  readonly policy: readonly RoutePolicyEntry[];
  readonly store?: StoreClientOptions;
  readonly clock?: Clock;
  readonly touchIntervalSeconds?: number;
  /** Where request logs take a request's country and city from; `none` unless a trusted source is set. */
  readonly geoSource?: GeoSource;
  /**
   * The longest a revoke, rotation or narrowing change may go unnoticed by this verifier, in ms: cached
   * items are evicted through the change feed within it. 0 turns the cache off (every verification reads
   * the store). @default 1000
   */
  readonly revocationBoundMs?: number;
  readonly cache?: Omit<TokenCacheOptions, 'clock'>;
  readonly onTouchError?: (error: unknown) => void;
  readonly onFeedError?: (error: unknown) => void;
  /** Where reuse-detection news goes besides the audit log. */
  readonly notifier?: CompromiseNotifier;
}

export const createVerifier = (settings: VerifierSettings): Verifier => {
  const clock = settings.clock ?? systemClock;
  const dynamodb = createDynamoDbClient(settings.store);
  const documents = createDocumentClient(dynamodb);
  const boundMs = settings.revocationBoundMs ?? DEFAULT_REVOCATION_BOUND_MS;
  const store = new TokenRepository(documents, settings.tables);
  const dependencies: VerificationDependencies = {
    store,
    keys: typeof settings.keys === 'function' ? settings.keys(documents) : settings.keys,
    clock,
    touchIntervalSeconds: settings.touchIntervalSeconds ?? DEFAULT_TOUCH_INTERVAL_SECONDS,
    policy: new RoutePolicy(settings.policy),
    requestLog: new RequestLogger(
      new RequestLogRepository(documents, settings.tables.events),
      geoLocatorOf(settings.geoSource),
    ),
    rateCounter: new RateCounterRepository(documents, settings.tables.tokens),
    compromise: new CompromiseResponse({
      tokens: store,
      events: new AuditRepository(documents, settings.tables.events),
      policies: new TokenPolicyRepository(documents, settings.tables.directory),
      clock,
      ...(settings.notifier === undefined ? {} : { notifier: settings.notifier }),
      ...(settings.onTouchError === undefined ? {} : { onNotifyError: settings.onTouchError }),
    }),
    ...(boundMs === 0
      ? {}
      : {
          cache: new VerificationCache({
            cache: new TokenCache({ clock, ...settings.cache }),
            feed: new ChangeFeedRepository(documents, settings.tables.events),
            clock,
            boundMs,
            ...(settings.onFeedError === undefined ? {} : { onFeedError: settings.onFeedError }),
          }),
        }),
    ...(settings.onTouchError === undefined ? {} : { onTouchError: settings.onTouchError }),
  };
  return { dependencies, dynamodb, verify: (request) => verifyToken(dependencies, request) };
};

/** An authorizer's verifier, configured by the environment the TokenAuthorizer construct sets. */
export const verifierFromEnvironment = (env: NodeJS.ProcessEnv = process.env): Verifier =>
  createVerifier({
    tables: tableNamesFrom(env),
    keys: (documents) => keyProviderFromEnvironment(documents, env),
    policy: JSON.parse(env.KEYWARD_ROUTE_POLICY ?? '[]') as RoutePolicyEntry[],
    ...(env.KEYWARD_DYNAMODB_ENDPOINT === undefined
      ? {}
      : { store: { endpoint: env.KEYWARD_DYNAMODB_ENDPOINT } }),
    touchIntervalSeconds: Number(env.KEYWARD_TOUCH_INTERVAL_SECONDS ?? DEFAULT_TOUCH_INTERVAL_SECONDS),
    ...(env.KEYWARD_GEO_SOURCE === undefined ? {} : { geoSource: env.KEYWARD_GEO_SOURCE as GeoSource }),
    revocationBoundMs: Number(env.KEYWARD_REVOCATION_BOUND_MS ?? DEFAULT_REVOCATION_BOUND_MS),
    cache: { maxEntries: Number(env.KEYWARD_CACHE_MAX ?? 10_000) },
    ...(env.KEYWARD_EVENT_BUS_NAME === undefined
      ? {}
      : { notifier: eventBridgeNotifier(env.KEYWARD_EVENT_BUS_NAME) }),
  });
