import { Duration, type Stack, Validations } from 'aws-cdk-lib';
import { type CfnStage, CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { environmentOf, logLevelOf, routePolicyAssetOf } from '../shared/composition/settings.js';
import { WEBHOOK_BOUNDS } from '../shared/domain/webhooks.js';
import { accessOf } from '../shared/http/route.js';
import { routes } from '../shared/http/routes/index.js';
import type { RoutePolicyEntry } from '../shared/verify/route-policy.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS } from '../shared/verify/verify-token.js';
import { ROLE_ACCESS, SENDS_EVENTS } from './access.js';
import { KeywardFunction } from './constructs/keyward-function.js';
import { tableEnvironmentOf } from './constructs/tables.js';
import { grantPepperKey, grantTableAccess, type KeywardTableSet } from './grants.js';

/** What runs Keyward over its tables: the management API, the sweeper and the webhook dispatcher. */
export interface ManagementProps {
  readonly tables: KeywardTableSet;
  readonly pepperKey: IKey;
  readonly changeFeedReplicas: number;
  /** @default 3600 */
  readonly touchIntervalSeconds?: number;
  /** @default 'INFO' */
  readonly logLevel?: string;
  /** The protected API's route policy, which `POST /v1/verify` enforces. */
  readonly routePolicy?: readonly RoutePolicyEntry[];
  /** The sender of expiry-warning emails; no email without it. */
  readonly mailFrom?: string;
  /** @default 'cron(17 3 * * ? *)' */
  readonly sweepSchedule?: string;
  /**
   * Whether the sweeper's and the webhook dispatcher's schedules run: in one region at a time (a standby
   * region's wait for a failover).
   * @default true
   */
  readonly schedulesEnabled?: boolean;
}

/** The handler of `POST /v1/verify`, which answers for the protected API's routes. */
const VERIFY_HANDLER = 'functions/verify/verify';

const pascal = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `functions/tokens/create` with access `tokens` → `TokensCreate` (the class only when it is not the usual one). */
const functionIdOf = (handlerModule: string, access: string): string => {
  const name = handlerModule
    .replace(/^functions\//, '')
    .split(/[/-]/)
    .map(pascal)
    .join('');
  return routes.some((route) => route.handler === handlerModule && accessOf(route) !== access)
    ? `${name}${pascal(access)}`
    : name;
};

/**
 * Keyward's management side in a stack: an HTTP API with one function per operation of the route table
 * (generated from it, so a new route is deployed by adding it to the table), the roles by access class, the
 * sweeper and the webhook dispatcher on their schedules, and their alarms. Made in the stack's own scope, not
 * in a construct of its own, so the resources keep the logical ids they have always had: a deployed stack
 * updates in place. `KeywardStack` has one; a `KeywardRegionStack` may hold a standby.
 */
export class KeywardManagement {
  public readonly api: HttpApi;
  public readonly functions: ReadonlyMap<string, KeywardFunction>;
  public readonly sweeper: KeywardFunction;
  /** The SES configuration set expiry emails are sent through. */
  public readonly mailConfigurationSet: ConfigurationSet;
  /** Drains the webhook outbox every minute. */
  public readonly webhookDispatcher: KeywardFunction;
  /** The management functions' roles, by access class (infra/access.ts). */
  public readonly roles: Readonly<Record<keyof typeof ROLE_ACCESS, Role>>;
  public readonly alarms: readonly Alarm[];

  public constructor(stack: Stack, props: ManagementProps) {
    const { tables, pepperKey } = props;
    const schedulesEnabled = props.schedulesEnabled ?? true;
    // The peppers' ciphertexts are read from the Directory table (written by `npm run bootstrap`).
    const environment = {
      ...tableEnvironmentOf(tables),
      ...environmentOf({
        kmsKeyId: pepperKey.keyArn,
        touchIntervalSeconds: props.touchIntervalSeconds ?? DEFAULT_TOUCH_INTERVAL_SECONDS,
        changeFeedReplicas: props.changeFeedReplicas,
        eventBusName: 'default',
        logLevel: logLevelOf(props.logLevel),
      }),
      POWERTOOLS_SERVICE_NAME: 'keyward',
    };
    // One role per access class (infra/access.ts), not per function: each function gets the narrowest class
    // its route needs, and the stack stays far below CloudFormation's 500 resources.
    const roles = Object.fromEntries(
      Object.keys(ROLE_ACCESS).map((access) => [
        access,
        this.#roleFor(stack, props, access as keyof typeof ROLE_ACCESS),
      ]),
    ) as Record<keyof typeof ROLE_ACCESS, Role>;
    this.roles = roles;
    // Only `POST /v1/verify` enforces the protected API's route policy: it alone carries the policy's file.
    const routePolicy = props.routePolicy === undefined ? undefined : routePolicyAssetOf(props.routePolicy);
    const functionFor = (
      id: string,
      handlerModule: string,
      access: keyof typeof ROLE_ACCESS,
      timeout?: Duration,
    ) =>
      new KeywardFunction(stack, id, {
        handlerModule,
        role: roles[access],
        ...(timeout === undefined ? {} : { timeout }),
        ...(routePolicy !== undefined && handlerModule === VERIFY_HANDLER
          ? {
              environment: { ...environment, ...routePolicy.environment },
              assetFiles: routePolicy.assetFiles,
            }
          : { environment }),
      });

    // An HTTP API: a third of a REST API's price and latency, and management needs none of REST's extras
    // (admin keys are verified in the handlers, so the error shape is Keyward's own).
    this.api = new HttpApi(stack, 'Api', {
      description: 'Keyward management API',
      // The console (ConsoleStack) calls the API from its CloudFront origin. Credentials are bearer admin
      // keys, never cookies, so allowing any origin grants nothing a page could use without the key.
      corsPreflight: {
        allowOrigins: ['*'],
        allowHeaders: ['authorization', 'content-type'],
        allowMethods: [CorsHttpMethod.ANY],
        exposeHeaders: ['retry-after', 'x-request-id'],
        maxAge: Duration.hours(1),
      },
      defaultIntegration: new HttpLambdaIntegration(
        'NotFound',
        functionFor('NotFoundFunction', 'functions/service/not-found', 'read'),
      ),
    });
    // One function per operation module and access class: routes that share an operation (the token
    // families' create, the identity routes of workspaces and projects) share its function, its integration
    // and one permission for the API to invoke it — so a route adds one resource to the stack, not four.
    const byOperation = new Map<string, { fn: KeywardFunction; integration: HttpLambdaIntegration }>();
    const functions = new Map<string, KeywardFunction>();
    for (const route of routes) {
      const access = accessOf(route);
      const key = `${route.handler}#${access}`;
      let operation = byOperation.get(key);
      if (operation === undefined) {
        const id = functionIdOf(route.handler, access);
        const fn = functionFor(`${id}Function`, route.handler, access);
        operation = {
          fn,
          integration: new HttpLambdaIntegration(`${id}Integration`, fn, { scopePermissionToRoute: false }),
        };
        byOperation.set(key, operation);
      }
      functions.set(route.operationId, operation.fn);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: operation.integration,
      });
    }
    this.functions = functions;
    this.#enableAccessLogs(stack);

    // Expiry warnings by email: SES through a configuration set of the stack's own, from the sender given.
    this.mailConfigurationSet = new ConfigurationSet(stack, 'MailConfigurationSet', {
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.sweeper = new KeywardFunction(stack, 'SweeperFunction', {
      handlerModule: 'functions/sweeper/handler',
      role: roles.sweeper,
      environment: {
        ...environment,
        ...environmentOf({
          mailFrom: props.mailFrom,
          mailConfigurationSet: this.mailConfigurationSet.configurationSetName,
        }),
      },
    });
    if (props.mailFrom !== undefined) this.#allowMail(stack, props.mailFrom, roles.sweeper);
    new Rule(stack, 'SweepSchedule', {
      description: 'Expires tokens at the end of their life and sends expiring-soon notices',
      enabled: schedulesEnabled,
      schedule: Schedule.expression(props.sweepSchedule ?? 'cron(17 3 * * ? *)'),
      targets: [new LambdaFunction(this.sweeper, { retryAttempts: 2 })],
    });
    this.webhookDispatcher = functionFor(
      'WebhookDispatchFunction',
      'functions/webhooks/dispatch',
      'dispatcher',
      // A run sends to every endpoint at once, so it lasts one attempt's deadline plus its reads and writes.
      Duration.millis(WEBHOOK_BOUNDS.timeoutMs + 20_000),
    );
    new Rule(stack, 'WebhookDispatchSchedule', {
      description: 'Sends webhook deliveries: new events at once, retries when they are due',
      enabled: schedulesEnabled,
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.webhookDispatcher, { retryAttempts: 0 })],
    });
    this.alarms = [
      new Alarm(stack, 'SweeperErrorsAlarm', {
        alarmDescription: 'A sweeper run failed; due tokens are still refused, but not marked expired.',
        metric: this.sweeper.metricErrors({ period: Duration.hours(1) }),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      ...[tables.tokens, tables.directory, tables.events].map(
        (table, i) =>
          new Alarm(stack, `ThrottlesAlarm${i}`, {
            alarmDescription: 'DynamoDB throttled Keyward requests.',
            metric: new MathExpression({
              expression: 'r + w',
              usingMetrics: {
                r: table.metric('ReadThrottleEvents', { period: Duration.minutes(5), statistic: 'Sum' }),
                w: table.metric('WriteThrottleEvents', { period: Duration.minutes(5), statistic: 'Sum' }),
              },
            }),
            threshold: 1,
            evaluationPeriods: 1,
            treatMissingData: TreatMissingData.NOT_BREACHING,
          }),
      ),
    ];

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        "Management routes authenticate admin keys in the handler (same verification pipeline), so errors keep Keyward's shape; /health and /openapi.json are public.",
    });
  }

  /** Makes the sender's address an SES identity and lets `role` send from it through the configuration set. */
  #allowMail(stack: Stack, from: string, role: Role): void {
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
    const identity = new EmailIdentity(stack, 'MailIdentity', {
      identity: Identity.email(address),
      configurationSet: this.mailConfigurationSet,
    });
    identity.grantSendEmail(role);
    role.addToPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: this.mailConfigurationSet.configurationSetName,
          }),
        ],
      }),
    );
  }

  /** A role allowed exactly what `ROLE_ACCESS[access]` lists on each table (and its indexes, for Query). */
  #roleFor(stack: Stack, { tables, pepperKey }: ManagementProps, access: keyof typeof ROLE_ACCESS): Role {
    const role = new Role(stack, `${pascal(access)}Role`, {
      description: `Keyward functions of access class ${access}`,
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });
    grantTableAccess(role, tables, ROLE_ACCESS[access], 'all');
    grantPepperKey(role, pepperKey, access);
    if (SENDS_EVENTS.has(access))
      EventBus.fromEventBusName(stack, `${pascal(access)}Bus`, 'default').grantPutEventsTo(role);
    return role;
  }

  #enableAccessLogs(stack: Stack): void {
    const logs = new LogGroup(stack, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    const stage = this.api.defaultStage?.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: logs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
      }),
    };
  }
}
