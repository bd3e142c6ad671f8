import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { CfnPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { describe, expect, it } from 'vitest';
import { KeywardFunction } from '../../infra/constructs/keyward-function.js';
import { TokenAuthorizer } from '../../infra/constructs/token-authorizer.js';
import { DEPLOY_LIMITS, enforceDeployLimits } from '../../infra/deploy-limits.js';
import type { RoutePolicyEntry } from '../../shared/verify/route-policy.js';

/** A stack as a user's app would have it; `bundle` false skips bundling (fast) where the code is not read. */
const stackOf = (bundle: boolean) => {
  const app = new App({
    outdir: join(process.cwd(), 'cdk.out', `test-limits-${bundle}`),
    ...(bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } }),
  });
  const stack = new Stack(app, 'Limits');
  enforceDeployLimits(stack);
  return { app, stack };
};

const keywardOf = (stack: Stack) => ({
  tables: {
    tokens: TableV2.fromTableName(stack, 'Tokens', 'keyward-tokens'),
    directory: TableV2.fromTableName(stack, 'Directory', 'keyward-directory'),
    events: TableV2.fromTableName(stack, 'Events', 'keyward-events'),
  },
  pepperKey: Key.fromKeyArn(
    stack,
    'Key',
    'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ),
});

const routePolicyOf = (routes: number): RoutePolicyEntry[] =>
  Array.from({ length: routes }, (_, i) => ({
    method: 'GET',
    path: `/v2/collections/collection-${i}/items/{itemId}`,
    api: 'cms',
    scope: 'read',
  }));

describe('Deploy-time limits, checked at synth', () => {
  it('deploys a 500-route policy: it is a file in the authorizer’s own asset, not in its environment', () => {
    const { app, stack } = stackOf(true);
    const policy = routePolicyOf(500);
    const authorizer = new TokenAuthorizer(stack, 'Authorizer', { ...keywardOf(stack), routePolicy: policy });

    const assembly = app.synth();

    const fn =
      assembly.getStackByName('Limits').template.Resources[
        stack.getLogicalId(authorizer.function.node.defaultChild as never)
      ];
    const variables = fn.Properties.Environment.Variables as Record<string, string>;
    expect(JSON.stringify(variables).length).toBeLessThan(DEPLOY_LIMITS.environmentBytes / 2);
    const asset = join(assembly.directory, `asset.${String(fn.Properties.Code.S3Key).replace('.zip', '')}`);
    expect(JSON.parse(readFileSync(join(asset, variables.KEYWARD_ROUTE_POLICY_FILE!), 'utf8'))).toEqual(
      policy,
    );
  }, 60_000);

  it('fails the synth of a function whose environment passes Lambda’s 4 KB, naming it and the size', () => {
    const { app, stack } = stackOf(false);
    new KeywardFunction(stack, 'Crowded', {
      handlerModule: 'functions/service/health',
      environment: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`SETTING_${i}`, 'x'.repeat(80)])),
    });
    expect(() => app.synth()).toThrow(/Limits\/Crowded.*environment comes to \d+ bytes; Lambda allows 4096/);
  });

  it('counts a deploy-time name at its longest', () => {
    const { app, stack } = stackOf(false);
    const topics = Array.from({ length: 16 }, (_, i) => new Topic(stack, `Topic${i}`));
    new KeywardFunction(stack, 'Referring', {
      handlerModule: 'functions/service/health',
      environment: Object.fromEntries(topics.map((topic, i) => [`TOPIC_${i}`, topic.topicName])),
    });
    expect(() => app.synth()).toThrow(/Referring.*environment comes to/);
  });

  it(`fails the synth of a stack of more than ${DEPLOY_LIMITS.resourcesPerStack} resources`, () => {
    const { app, stack } = stackOf(false);
    for (let i = 0; i <= DEPLOY_LIMITS.resourcesPerStack; i += 1) new Topic(stack, `Topic${i}`);
    expect(() => app.synth()).toThrow(
      /Limits: 451 resources; keep at most 450 \(CloudFormation's limit is 500\)/,
    );
  });

  it('fails the synth of a role whose inline policies pass IAM’s 10,240 characters once deployed', () => {
    const { app, stack } = stackOf(false);
    const role = new Role(stack, 'Wide', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const topics = Array.from({ length: 60 }, (_, i) => new Topic(stack, `Topic${i}`));
    // Written as a CloudFormation policy, as another construct library might: CDK's own splitting never sees it.
    new CfnPolicy(stack, 'Publish', {
      policyName: 'publish',
      roles: [role.roleName],
      policyDocument: {
        Statement: topics.map((topic) => ({
          Effect: 'Allow',
          Action: 'sns:Publish',
          Resource: topic.topicArn,
        })),
      },
    });
    expect(() => app.synth()).toThrow(
      /Limits\/Wide.*inline policies come to \d+ characters; IAM allows 10240/,
    );
  });

  it('fails the synth of a role that CDK gave more overflow policies than IAM attaches', () => {
    const { app, stack } = stackOf(false);
    const role = new Role(stack, 'Wide', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    for (let i = 0; i < 1_200; i += 1) {
      role.addToPolicy(
        new PolicyStatement({
          actions: ['sqs:SendMessage'],
          resources: [`arn:aws:sqs:eu-west-1:123456789012:queue-${i}`],
        }),
      );
    }
    expect(() => app.synth()).toThrow(/Limits\/Wide.*\d+ managed policies attached; IAM allows 10 per role/);
  });

  it('fails the synth of an HTTP API with more routes than its quota', () => {
    const { app, stack } = stackOf(false);
    const api = new HttpApi(stack, 'Wide');
    for (let i = 0; i <= DEPLOY_LIMITS.httpApiRoutes; i += 1) {
      api.addRoutes({
        path: `/items-${i}`,
        methods: [HttpMethod.GET],
        integration: new HttpUrlIntegration(`Backend${i}`, 'https://example.com/'),
      });
    }
    expect(() => app.synth()).toThrow(/Limits\/Wide.*301 routes; an HTTP API allows 300/);
  });
});
