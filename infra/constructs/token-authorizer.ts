import { Duration } from 'aws-cdk-lib';
import {
  GatewayResponse,
  type IAuthorizer,
  IdentitySource,
  type IRestApi,
  RequestAuthorizer,
  ResponseType,
  TokenAuthorizer as RestTokenAuthorizer,
} from 'aws-cdk-lib/aws-apigateway';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { environmentOf, logLevelOf, routePolicyAssetOf } from '../../shared/composition/settings.js';
import {
  CHANGE_FEED_PARTITION_PREFIX,
  changeFeedReplicasProblem,
  DEFAULT_CHANGE_FEED_REPLICAS,
} from '../../shared/domain/change-feed.js';
import { OWNER_TYPES } from '../../shared/domain/kinds.js';
import { USAGE_PARTITION_PREFIX } from '../../shared/domain/usage.js';
import { UNAVAILABLE } from '../../shared/verify/refusal.js';
import type { GeoSource } from '../../shared/verify/request-log.js';
import type { RoutePolicyEntry } from '../../shared/verify/route-policy.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS } from '../../shared/verify/verify-token.js';
import { AUTHORIZER_HANDLERS } from '../function-bundle.js';
import type { KeywardTableSet } from '../grants.js';
import { KeywardFunction } from './keyward-function.js';

export interface TokenAuthorizerProps {
  /** Keyward's tables: from a KeywardStack, or imported with `TableV2.fromTableName` in another app or account. */
  readonly tables: KeywardTableSet;
  /** The key that encrypts Keyward's peppers. */
  readonly pepperKey: IKey;
  /** What each route of the protected API needs from a token (see the README). */
  readonly routePolicy: readonly RoutePolicyEntry[];
  /**
   * `request` (REST REQUEST authorizer: sees path, headers, source IP — restrictions work), `token` (REST
   * TOKEN authorizer: the bearer only; its IAM policy lists every route the token may call so cached
   * answers stay right), or `http` (HTTP API simple responses; every denial is a 403).
   * @default 'request'
   */
  readonly type?: keyof typeof AUTHORIZER_HANDLERS;
  /**
   * How long API Gateway caches an answer. It adds to the revocation bound: a revoked token keeps passing
   * for up to this long plus `revocationBound`. A REQUEST authorizer keyed by the Authorization header
   * alone must not cache when routes differ in what they need, hence 0.
   * @default Duration.seconds(0)
   */
  readonly resultsCacheTtl?: Duration;
  /**
   * The longest a revoke, regenerate, disable or narrowing change goes unnoticed by the function's
   * in-memory cache: each instance reads Keyward's change feed at most once a second while it serves
   * requests and evicts changed tokens. `Duration.seconds(0)` turns the cache off (one read per request).
   * @default Duration.seconds(1)
   */
  readonly revocationBound?: Duration;
  /**
   * Replicas of each change-feed bucket: the Keyward deployment's (`KeywardStack.changeFeedReplicas`).
   * @default 8
   */
  readonly changeFeedReplicas?: number;
  /**
   * In a region that reads replicas of Keyward's tables (`KeywardRegionStack`): how long a change may take to
   * arrive; the revocation bound there is the replication delay plus `revocationBound`, for delays up to it.
   * @default Duration.seconds(0) (the tables are written in this region)
   */
  readonly replicationAllowance?: Duration;
  /** Where reuse-detection news goes (`Keyward Token Reuse Detected`); none when absent. */
  readonly eventBus?: IEventBus;
  /**
   * Where project-token request logs take country and city from. `cloudfront` only when every request to the
   * protected API passes CloudFront, which sets its viewer headers; otherwise clients could write them.
   * @default 'none'
   */
  readonly geoSource?: GeoSource;
  /** @default 3600 */
  readonly touchIntervalSeconds?: number;
  /** @default 'INFO' */
  readonly logLevel?: string;
}

/**
 * Puts Keyward token verification in front of any API Gateway API.
 *
 * @example
 * const authorizer = new TokenAuthorizer(this, 'Tokens', {
 *   tables: keyward.tables,
 *   pepperKey: keyward.pepperKey,
 *   routePolicy: [{ method: 'GET', path: '/orders/{id}', api: 'cms' }],
 * });
 * api.root.addResource('orders').addResource('{id}').addMethod('GET', integration, {
 *   authorizer: authorizer.restAuthorizer(),
 * });
 * authorizer.addGatewayResponses(api);
 */
export class TokenAuthorizer extends Construct {
  public readonly function: KeywardFunction;
  public readonly errorsAlarm: Alarm;
  public readonly latencyAlarm: Alarm;
  /** Replicas of each change-feed bucket its function reads with. */
  public readonly changeFeedReplicas: number;
  readonly #props: TokenAuthorizerProps;
  #rest?: IAuthorizer;
  #http?: HttpLambdaAuthorizer;

  public constructor(scope: Construct, id: string, props: TokenAuthorizerProps) {
    super(scope, id);
    this.#props = props;
    const replicas = props.changeFeedReplicas ?? DEFAULT_CHANGE_FEED_REPLICAS;
    this.changeFeedReplicas = replicas;
    const replicasProblem = changeFeedReplicasProblem(replicas);
    if (replicasProblem !== undefined)
      throw new Error(`TokenAuthorizer changeFeedReplicas: ${replicasProblem}`);
    const { tables } = props;
    // The route policy goes in the function's own asset: Lambda's 4 KB environment holds about 35 routes.
    const routePolicy = routePolicyAssetOf(props.routePolicy);
    this.function = new KeywardFunction(this, 'Function', {
      handlerModule: AUTHORIZER_HANDLERS[props.type ?? 'request'],
      memorySize: 1024,
      assetFiles: routePolicy.assetFiles,
      environment: {
        ...routePolicy.environment,
        ...environmentOf({
          tokensTable: tables.tokens.tableName,
          directoryTable: tables.directory.tableName,
          eventsTable: tables.events.tableName,
          kmsKeyId: props.pepperKey.keyArn,
          revocationBoundMs: (
            props.revocationBound ?? Duration.millis(DEFAULT_REVOCATION_BOUND_MS)
          ).toMilliseconds(),
          changeFeedReplicas: replicas,
          replicationAllowanceMs: props.replicationAllowance?.toMilliseconds(),
          eventBusName: props.eventBus?.eventBusName,
          touchIntervalSeconds: props.touchIntervalSeconds ?? DEFAULT_TOUCH_INTERVAL_SECONDS,
          geoSource: props.geoSource ?? 'none',
          logLevel: logLevelOf(props.logLevel),
        }),
      },
    });
    // Least privilege: read and touch token items (and identities' and rate counters'), append request logs
    // and audit events, add verification counts, read the change feed's partitions, read the pepper item and token policies, move owner counters when a detected
    // reuse revokes a token, decrypt peppers. Table ARNs only (the authorizer never reads an index).
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [tables.tokens.tableArn],
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [tables.events.tableArn] }),
    );
    // Verification counts are added to their hourly items, and to nothing else in the Events table.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [tables.events.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${USAGE_PARTITION_PREFIX}*`] },
        },
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [tables.events.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${CHANGE_FEED_PARTITION_PREFIX}*`] },
        },
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [tables.directory.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['keys', 'workspace#*', 'project#*'] },
        },
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [tables.directory.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': OWNER_TYPES.filter((type) => type !== 'principal').map(
              (type) => `${type}#*`,
            ),
          },
        },
      }),
    );
    props.eventBus?.grantPutEventsTo(this.function);
    props.pepperKey.grantDecrypt(this.function);

    this.errorsAlarm = new Alarm(this, 'ErrorsAlarm', {
      alarmDescription:
        'The token authorizer failed (the store did not answer): protected requests answer 503 (REST) or 500 (HTTP).',
      metric: this.function.metricErrors({ period: Duration.minutes(1) }),
      threshold: 1,
      evaluationPeriods: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.latencyAlarm = new Alarm(this, 'LatencyAlarm', {
      alarmDescription: 'Token authorizer p99 latency above 250 ms: every protected request waits for it.',
      metric: this.function.metricDuration({ period: Duration.minutes(5), statistic: 'p99' }),
      threshold: 250,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /** The authorizer for methods of a REST API (REQUEST or TOKEN, as configured). */
  public restAuthorizer(): IAuthorizer {
    const resultsCacheTtl = this.#props.resultsCacheTtl ?? Duration.seconds(0);
    this.#rest ??=
      this.#props.type === 'token'
        ? new RestTokenAuthorizer(this, 'RestAuthorizer', { handler: this.function, resultsCacheTtl })
        : new RequestAuthorizer(this, 'RestAuthorizer', {
            handler: this.function,
            identitySources: [IdentitySource.header('Authorization')],
            resultsCacheTtl,
          });
    return this.#rest;
  }

  /**
   * Answers a REST API's authorizer outcomes in Keyward's error shape: 401 for an unusable token, 403 with
   * the verification code, and 503 with Retry-After when verification could not run (the function failed:
   * API Gateway's AUTHORIZER_FAILURE, 500 by default, which clients would not know to retry). They belong
   * to the API, which has one response per type: call this once per API.
   */
  public addGatewayResponses(restApi: IRestApi): void {
    const json = (body: Record<string, string>) => ({
      'application/json': JSON.stringify({ ...body, requestId: '$context.requestId' }),
    });
    new GatewayResponse(restApi, 'KeywardUnauthorizedResponse', {
      restApi,
      type: ResponseType.UNAUTHORIZED,
      statusCode: '401',
      templates: json({ code: 'UNAUTHORIZED', message: 'A valid token is required.' }),
    });
    new GatewayResponse(restApi, 'KeywardAccessDeniedResponse', {
      restApi,
      type: ResponseType.ACCESS_DENIED,
      statusCode: '403',
      templates: json({ code: '$context.authorizer.code', message: 'The token may not call this route.' }),
    });
    new GatewayResponse(restApi, 'KeywardAuthorizerFailureResponse', {
      restApi,
      type: ResponseType.AUTHORIZER_FAILURE,
      statusCode: String(UNAVAILABLE.status),
      responseHeaders: Object.fromEntries(
        Object.entries(UNAVAILABLE.headers).map(([name, value]) => [name, `'${value}'`]),
      ),
      templates: json(UNAVAILABLE.body),
    });
  }

  /** The authorizer for routes of an HTTP API (simple responses). */
  public httpAuthorizer(): HttpLambdaAuthorizer {
    this.#http ??= new HttpLambdaAuthorizer('HttpAuthorizer', this.function, {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: ['$request.header.Authorization'],
      resultsCacheTtl: this.#props.resultsCacheTtl ?? Duration.seconds(0),
    });
    return this.#http;
  }
}
