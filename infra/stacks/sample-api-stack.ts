import { CfnOutput, type Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  type IResource,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { protectedRoutes, sampleRoutePolicy } from '../../sample-api/routes.js';
import { environmentOf, logLevelOf } from '../../shared/composition/settings.js';
import { KeywardFunction } from '../constructs/keyward-function.js';
import { tableEnvironmentOf } from '../constructs/tables.js';
import { TokenAuthorizer } from '../constructs/token-authorizer.js';
import { enforceDeployLimits } from '../deploy-limits.js';
import type { KeywardTableSet } from '../grants.js';
import { acknowledgeFunctionFindings } from '../nag-acknowledgements.js';

export interface SampleApiStackProps extends StackProps {
  readonly tables: KeywardTableSet;
  readonly pepperKey: IKey;
  /** In a replica region: what its verifiers allow for replication (`KeywardRegionStack`). */
  readonly replicationAllowance?: Duration;
  /** @default 'INFO' */
  readonly logLevel?: string;
  /** The Keyward deployment's (`KeywardStack.changeFeedReplicas`). @default 8 */
  readonly changeFeedReplicas?: number;
}

const pascal = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Where `/a/{b}/c` lives in a REST API's resource tree, created on the way. */
const resourceAt = (root: IResource, path: string): IResource =>
  path
    .split('/')
    .filter(Boolean)
    .reduce((parent, part) => parent.getResource(part) ?? parent.addResource(part), root);

/**
 * The sample Data and Content APIs behind Keyward's TokenAuthorizer, built exactly as a Keyward user
 * would protect their own REST API. Gateway responses give denials Keyward's error shape: 401 for an
 * unusable token, 403 (with the verification code) for a token not allowed here.
 */
export class SampleApiStack extends Stack {
  public readonly api: RestApi;
  public readonly authorizer: TokenAuthorizer;

  public constructor(scope: Construct, id: string, props: SampleApiStackProps) {
    super(scope, id, props);
    this.authorizer = new TokenAuthorizer(this, 'TokenAuthorizer', {
      tables: props.tables,
      pepperKey: props.pepperKey,
      routePolicy: sampleRoutePolicy,
      logLevel: props.logLevel ?? 'INFO',
      ...(props.changeFeedReplicas === undefined ? {} : { changeFeedReplicas: props.changeFeedReplicas }),
      ...(props.replicationAllowance === undefined
        ? {}
        : { replicationAllowance: props.replicationAllowance }),
      eventBus: EventBus.fromEventBusName(this, 'DefaultBus', 'default'),
    });
    this.api = new RestApi(this, 'Api', {
      description: 'Sample Data and Content APIs protected by Keyward tokens',
      deployOptions: {
        accessLogDestination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH }),
        ),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        tracingEnabled: true,
      },
      cloudWatchRole: true,
    });
    this.authorizer.addGatewayResponses(this.api);

    // The sample handlers read and write items and query tables, never their indexes: table ARNs only.
    const dataAccess = new PolicyStatement({
      actions: [
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:ConditionCheckItem',
      ],
      resources: [
        props.tables.tokens.tableArn,
        props.tables.directory.tableArn,
        props.tables.events.tableArn,
      ],
    });
    const environment = {
      ...tableEnvironmentOf(props.tables),
      ...environmentOf({
        kmsKeyId: props.pepperKey.keyArn,
        logLevel: logLevelOf(props.logLevel),
        // The GraphQL function verifies each field with a cached verifier, which reads the change feed.
        changeFeedReplicas: this.authorizer.changeFeedReplicas,
        replicationAllowanceMs: props.replicationAllowance?.toMilliseconds(),
      }),
    };
    for (const route of protectedRoutes) {
      const fn = new KeywardFunction(this, `${pascal(route.operationId)}Function`, {
        handlerModule: route.handler,
        environment,
      });
      fn.addToRolePolicy(dataAccess);
      props.pepperKey.grantDecrypt(fn);
      resourceAt(this.api.root, route.path).addMethod(route.method, new LambdaIntegration(fn), {
        authorizer: this.authorizer.restAuthorizer(),
      });
    }
    enforceDeployLimits(this);
    acknowledgeFunctionFindings(this);
    const acknowledgeApi = (id: string, reason: string) =>
      Validations.of(this.api).acknowledge({ id, reason });
    acknowledgeApi(
      'AwsSolutions-COG4',
      "Every method is protected by Keyward's Lambda TokenAuthorizer, by design.",
    );
    acknowledgeApi(
      'AwsSolutions-APIG2',
      'Handlers validate requests with zod and answer 422 with field details.',
    );
    acknowledgeApi(
      'AwsSolutions-APIG3',
      'A sample API: attach your own WAF web ACL to the stage where it is exposed.',
    );
    acknowledgeApi(
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      "API Gateway's account-level logging role uses AWS's managed policy for writing its logs.",
    );

    new CfnOutput(this, 'SampleApiUrl', { value: this.api.url });
  }
}
