import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from './crypto/key-provider.js';
import { keyProviderFromEnvironment } from './crypto/key-provider-from-environment.js';
import { type Clock, systemClock } from './domain/clock.js';
import { sampleRoutePolicy } from './http/sample-routes.js';
import { createLogger, type Logger } from './observability/logger.js';
import { AccessPolicy } from './services/access-policy.js';
import { AdminKeyGuard } from './services/admin-key-guard.js';
import { AuditTrail } from './services/audit-trail.js';
import { CompromiseResponse } from './services/compromise-response.js';
import { ContentService } from './services/content-service.js';
import { DirectoryService } from './services/directory-service.js';
import { eventBridgeNotifier, logNotifier, type TokenNotifier } from './services/expiry-notifiers.js';
import { LeakReports } from './services/leak-reports.js';
import { MembershipService } from './services/membership-service.js';
import { ProjectService } from './services/project-service.js';
import { SampleDataService } from './services/sample-data-service.js';
import { selfAuthenticator } from './services/self-authentication.js';
import { Sweeper } from './services/sweeper.js';
import { TokenPolicyService } from './services/token-policy-service.js';
import { TokenService } from './services/token-service.js';
import { VerificationService } from './services/verification-service.js';
import { AuditRepository } from './store/audit-repository.js';
import { createDocumentClient, createDynamoDbClient, type StoreClientOptions } from './store/client.js';
import { DirectoryRepository } from './store/directory-repository.js';
import { ProjectRepository } from './store/project-repository.js';
import { RateCounterRepository } from './store/rate-counter-repository.js';
import { RequestLogRepository } from './store/request-log-repository.js';
import { type TableNames, tableNamesFrom } from './store/tables.js';
import { TokenPolicyRepository } from './store/token-policy-repository.js';
import { TokenRepository } from './store/token-repository.js';
import { type GeoSource, geoLocatorOf, RequestLogger } from './verify/request-log.js';
import { RoutePolicy, type RoutePolicyEntry } from './verify/route-policy.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS, type VerificationDependencies } from './verify/verify-token.js';

/**
 * The composition root: builds every client, repository and service once per process (per Lambda cold
 * start, or once for the local server) from explicit settings.
 */

export interface RuntimeSettings {
  readonly tables: TableNames;
  /** The peppers; or a function of the store client when they live in the store (AWS). */
  readonly keys: KeyProvider | ((documents: DynamoDBDocumentClient) => KeyProvider);
  readonly store?: StoreClientOptions;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly touchIntervalSeconds?: number;
  /** Where request logs of `POST /v1/verify` take country and city from; none by default. */
  readonly geoSource?: GeoSource;
  /** The protected API's route policy, for `POST /v1/verify` requests naming a method and path. */
  readonly routePolicy?: readonly RoutePolicyEntry[];
  /** Where expiry and compromise news goes; the log by default. */
  readonly notifier?: TokenNotifier;
  readonly maxTokensPerSweep?: number;
  /** Leak reports accepted per source IP and hour. */
  readonly leakReportsPerHour?: number;
  /** Failed admin keys from one source address a minute before it is answered 429. @default 60 */
  readonly adminKeyFailuresPerMinute?: number;
}

export interface Runtime {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly keys: KeyProvider;
  /** Where expiry and compromise news goes. */
  readonly notifier: TokenNotifier;
  readonly dynamodb: DynamoDBClient;
  readonly documents: DynamoDBDocumentClient;
  readonly repositories: {
    readonly tokens: TokenRepository;
    readonly directory: DirectoryRepository;
    readonly audit: AuditRepository;
    readonly projects: ProjectRepository;
    readonly requestLogs: RequestLogRepository;
  };
  readonly tokens: TokenService;
  readonly directory: DirectoryService;
  readonly members: MembershipService;
  readonly sampleData: SampleDataService;
  readonly projects: ProjectService;
  readonly content: ContentService;
  readonly verifications: VerificationService;
  readonly leakReports: LeakReports;
  readonly tokenPolicies: TokenPolicyService;
  readonly sweeper: Sweeper;
  /** Verification without cache or policy, for admin keys: a revoked key stops at once. */
  readonly verification: VerificationDependencies;
  /** Admin-key authentication: the verification pipeline over a store that remembers missing ids. */
  readonly adminKeys: { readonly guard: AdminKeyGuard; readonly verification: VerificationDependencies };
}

export const createRuntime = (settings: RuntimeSettings): Runtime => {
  const clock = settings.clock ?? systemClock;
  const logger = settings.logger ?? createLogger();
  const dynamodb = createDynamoDbClient(settings.store);
  const documents = createDocumentClient(dynamodb);
  const keys = typeof settings.keys === 'function' ? settings.keys(documents) : settings.keys;
  const tokens = new TokenRepository(documents, settings.tables);
  const directory = new DirectoryRepository(documents, settings.tables.directory);
  const audit = new AuditRepository(documents, settings.tables.events);
  const projects = new ProjectRepository(documents, settings.tables.directory);
  const requestLogs = new RequestLogRepository(documents, settings.tables.events);
  const access = new AccessPolicy({ directory, projects });
  const trail = new AuditTrail(audit, clock);
  const notifier = settings.notifier ?? logNotifier(logger);
  const policies = new TokenPolicyRepository(documents, settings.tables.directory);
  const compromise = new CompromiseResponse({
    tokens,
    events: audit,
    policies,
    clock,
    notifier,
    onNotifyError: (error) =>
      logger.warn('Sending compromise news failed', { errorName: (error as Error).name }),
  });
  const rateCounter = new RateCounterRepository(documents, settings.tables.tokens);
  const verification: VerificationDependencies = {
    store: tokens,
    keys,
    clock,
    touchIntervalSeconds: settings.touchIntervalSeconds ?? DEFAULT_TOUCH_INTERVAL_SECONDS,
    rateCounter,
    compromise,
    onTouchError: (error) =>
      logger.warn('Recording a token use failed', { errorName: (error as Error).name }),
  };
  const adminKeyGuard = new AdminKeyGuard(clock, settings.adminKeyFailuresPerMinute);
  const policy = new RoutePolicy(settings.routePolicy ?? sampleRoutePolicy);
  const sweeper = new Sweeper({
    tokens,
    directory,
    events: audit,
    clock,
    notifier,
    ...(settings.maxTokensPerSweep === undefined ? {} : { maxTokensPerRun: settings.maxTokensPerSweep }),
    onCounterCorrected: (counterKey, from, to) =>
      logger.warn('Corrected an active-token counter', { counterKey, from, to }),
  });
  return {
    clock,
    logger,
    keys,
    notifier,
    dynamodb,
    documents,
    repositories: { tokens, directory, audit, projects, requestLogs },
    tokens: new TokenService({
      tokens,
      projects,
      requestLogs,
      access,
      audit: trail,
      keys,
      clock,
      expireDueTokensOf: (ownerKey) => sweeper.expireDueTokensOf(ownerKey),
      selfAuthentication: selfAuthenticator(verification),
    }),
    sweeper,
    directory: new DirectoryService({ directory, events: audit, access, audit: trail, clock }),
    members: new MembershipService({ directory, access, audit: trail, clock }),
    sampleData: new SampleDataService({ directory, tokens, events: audit, clock }),
    projects: new ProjectService({ projects, directory, tokens, events: audit, access, audit: trail, clock }),
    content: new ContentService({ projects, clock }),
    verifications: new VerificationService({
      tokens,
      access,
      verification: {
        ...verification,
        policy,
        requestLog: new RequestLogger(requestLogs, geoLocatorOf(settings.geoSource)),
      },
    }),
    leakReports: new LeakReports({
      tokens,
      keys,
      compromise,
      rateCounter,
      clock,
      ...(settings.leakReportsPerHour === undefined ? {} : { reportsPerHour: settings.leakReportsPerHour }),
    }),
    tokenPolicies: new TokenPolicyService({ policies, access, audit: trail, clock }),
    verification,
    adminKeys: {
      guard: adminKeyGuard,
      verification: { ...verification, store: adminKeyGuard.store(tokens) },
    },
  };
};

let environmentRuntime: Runtime | undefined;

/** The runtime of a Lambda function, configured by the environment variables the stack sets. */
export const runtimeFromEnvironment = (env: NodeJS.ProcessEnv = process.env): Runtime => {
  environmentRuntime ??= createRuntime({
    tables: tableNamesFrom(env),
    keys: (documents) => keyProviderFromEnvironment(documents, env),
    ...(env.KEYWARD_DYNAMODB_ENDPOINT === undefined
      ? {}
      : { store: { endpoint: env.KEYWARD_DYNAMODB_ENDPOINT } }),
    touchIntervalSeconds: Number(env.KEYWARD_TOUCH_INTERVAL_SECONDS ?? DEFAULT_TOUCH_INTERVAL_SECONDS),
    ...(env.KEYWARD_GEO_SOURCE === undefined ? {} : { geoSource: env.KEYWARD_GEO_SOURCE as GeoSource }),
    ...(env.KEYWARD_EVENT_BUS_NAME === undefined
      ? {}
      : { notifier: eventBridgeNotifier(env.KEYWARD_EVENT_BUS_NAME) }),
    ...(env.KEYWARD_ADMIN_KEY_FAILURES_PER_MINUTE === undefined
      ? {}
      : { adminKeyFailuresPerMinute: Number(env.KEYWARD_ADMIN_KEY_FAILURES_PER_MINUTE) }),
    ...(env.KEYWARD_LEAK_REPORTS_PER_HOUR === undefined
      ? {}
      : { leakReportsPerHour: Number(env.KEYWARD_LEAK_REPORTS_PER_HOUR) }),
    ...(env.KEYWARD_ROUTE_POLICY === undefined
      ? {}
      : { routePolicy: JSON.parse(env.KEYWARD_ROUTE_POLICY) as RoutePolicyEntry[] }),
  });
  return environmentRuntime;
};
