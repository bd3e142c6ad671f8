import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { iamActionsOf, ROLE_ACCESS } from '../../infra/access.js';
import { ConsoleStack } from '../../infra/stacks/console-stack.js';
import { KeywardStack } from '../../infra/stacks/keyward-stack.js';
import { SampleApiStack } from '../../infra/stacks/sample-api-stack.js';
import { protectedRoutes } from '../../sample-api/routes.js';
import { accessOf } from '../../shared/http/route.js';
import { routes } from '../../shared/http/routes/index.js';

/** A stand-in console build, so these tests need no Vite build. */
const consoleBuild = mkdtempSync(join(tmpdir(), 'keyward-console-'));
writeFileSync(join(consoleBuild, 'index.html'), '<!doctype html><title>Keyward console</title>');

/** All stacks, without bundling (fast); test/infra/bundling.test.ts bundles for real. */
const synthesize = () => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const keyward = new KeywardStack(app, 'Keyward', {
    stage: 'prod',
    mailFrom: 'Keyward <keyward@example.com>',
  });
  const sample = new SampleApiStack(app, 'Sample', { tables: keyward.tables, pepperKey: keyward.pepperKey });
  const console = new ConsoleStack(app, 'Console', {
    apiUrl: keyward.api.apiEndpoint,
    assetPath: consoleBuild,
  });
  return { app, keyward, sample, console };
};

describe('Stack: KeywardStack', () => {
  let template: Template;

  let stacks: ReturnType<typeof synthesize>;

  beforeAll(() => {
    stacks = synthesize();
    template = Template.fromStack(stacks.keyward);
  });

  it('deploys one function per operation and access class, plus the not-found default, the sweeper and the webhook dispatcher', () => {
    const operations = new Set(routes.map((route) => `${route.handler}#${accessOf(route)}`));
    template.resourceCountIs('AWS::Lambda::Function', operations.size + 3);
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', operations.size + 1);
    // Routes that share an operation share its function.
    const createRoutes = routes.filter((route) => route.handler === 'functions/tokens/create');
    expect(createRoutes.length).toBeGreaterThan(1);
    expect(
      new Set(createRoutes.map((route) => stacks.keyward.management.functions.get(route.operationId))),
    ).toHaveProperty('size', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length + 1);
    for (const route of routes) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
      });
    }
  });

  it('runs every function on Node.js 22, ARM64, with the table names in its environment', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining([
          'KEYWARD_TOKENS_TABLE',
          'KEYWARD_DIRECTORY_TABLE',
          'KEYWARD_EVENTS_TABLE',
          'KEYWARD_KMS_KEY_ID',
          'KEYWARD_CHANGE_FEED_REPLICAS',
        ]),
      );
    }
  });

  it('gives every writer and reader of the change feed the same replica count, and refuses one that cannot be at synth', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const keyward = new KeywardStack(app, 'Replicated', { changeFeedReplicas: 4 });
    const sample = new SampleApiStack(app, 'ReplicatedSample', {
      tables: keyward.tables,
      pepperKey: keyward.pepperKey,
      changeFeedReplicas: keyward.changeFeedReplicas,
    });
    for (const stack of [keyward, sample]) {
      const functions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
      expect(
        new Set(functions.map((fn) => fn.Properties.Environment.Variables.KEYWARD_CHANGE_FEED_REPLICAS)),
      ).toEqual(new Set(['4']));
    }
    expect(() => new KeywardStack(new App(), 'TooMany', { changeFeedReplicas: 40 })).toThrow(
      /changeFeedReplicas: The change feed takes 1 to 32 replicas/,
    );
  });

  it('builds the tables from the shared definitions: TTL on ttl, PITR, GSIs, retained in prod', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 3);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'tokenId', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({ IndexName: 'byOwner' }),
        Match.objectLike({
          IndexName: 'bySweepDay',
          Projection: Match.objectLike({ ProjectionType: 'INCLUDE' }),
        }),
      ]),
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: Match.arrayWith([{ AttributeName: 'pk', KeyType: 'HASH' }]),
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
    });
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain' });
  });

  it('creates a rotating KMS key, a daily sweep schedule and alarms', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(17 3 * * ? *)' });
    expect(Object.keys(template.findResources('AWS::CloudWatch::Alarm')).length).toBeGreaterThanOrEqual(4);
  });

  it('lets the sweeper put expiry events on the default bus', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'events:PutEvents' })]) },
    });
  });

  it('gives each function the role of its route’s access class, allowed exactly that class’s table actions', () => {
    const { keyward } = stacks;
    const roleIdOf = (access: keyof typeof ROLE_ACCESS) =>
      keyward.getLogicalId(keyward.management.roles[access].node.defaultChild as CfnElement);
    for (const route of routes) {
      const fn = keyward.management.functions.get(route.operationId)!;
      const roleRef = (fn.node.defaultChild as CfnFunction).role;
      expect(keyward.resolve(roleRef), route.operationId).toEqual({
        'Fn::GetAtt': [roleIdOf(accessOf(route)), 'Arn'],
      });
    }
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    for (const access of Object.keys(ROLE_ACCESS) as (keyof typeof ROLE_ACCESS)[]) {
      const policy = policies.find((p) => JSON.stringify(p.Properties.Roles).includes(roleIdOf(access)))!;
      const granted = (policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
        .flatMap((statement) => [statement.Action].flat())
        .filter((action) => action.startsWith('dynamodb:'));
      const expected = Object.values(ROLE_ACCESS[access]).flatMap(iamActionsOf);
      expect(new Set(granted), access).toEqual(new Set(expected));
    }
  });

  it('mails expiry warnings through SES from the sender given: its identity, a configuration set, the sweeper allowed', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'keyward@example.com' });
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    const sweeper = stacks.keyward.management.sweeper.node.defaultChild as CfnFunction;
    const variables = JSON.stringify(stacks.keyward.resolve(sweeper.environment));
    expect(variables).toContain('"KEYWARD_MAIL_FROM":"Keyward <keyward@example.com>"');
    expect(variables).toContain('KEYWARD_MAIL_CONFIGURATION_SET');
    const sweeperRole = stacks.keyward.getLogicalId(
      stacks.keyward.management.roles.sweeper.node.defaultChild as CfnElement,
    );
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.Roles).includes(sweeperRole),
    );
    expect(JSON.stringify(policies)).toContain('ses:SendEmail');
  });

  it('stays far below CloudFormation’s 500 resources per stack', () => {
    const count = Object.keys(template.toJSON().Resources).length;
    expect(count).toBeLessThan(450);
    process.stdout.write(
      `KeywardStack: ${count} resources, ${Object.keys(template.findResources('AWS::Lambda::Function')).length} functions, ${Object.keys(ROLE_ACCESS).length} roles\n`,
    );
  });
});

describe('Stack: SampleApiStack', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(synthesize().sample);
  });

  it('puts the REQUEST token authorizer, uncached, in front of every protected route', () => {
    template.resourceCountIs('AWS::ApiGateway::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'REQUEST',
      IdentitySource: 'method.request.header.Authorization',
      AuthorizerResultTtlInSeconds: 0,
    });
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).filter(
      (method) => method.Properties.HttpMethod !== 'OPTIONS',
    );
    expect(methods).toHaveLength(protectedRoutes.length);
    for (const method of methods) expect(method.Properties.AuthorizationType).toBe('CUSTOM');
  });

  it('allows the authorizer only item reads and writes, the change feed Query, the default bus and Decrypt', () => {
    const [authorizerPolicy] = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes('TokenAuthorizerFunction'),
    );
    const actions = (
      authorizerPolicy!.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>
    )
      .flatMap((statement) => [statement.Action].flat())
      .sort();
    expect(actions).toEqual([
      'dynamodb:GetItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:UpdateItem',
      'dynamodb:UpdateItem',
      'events:PutEvents',
      'kms:Decrypt',
    ]);
    const text = JSON.stringify(authorizerPolicy);
    expect(text).not.toContain('/index/');
    // The Query reaches the change feed's partitions only, never audit events or request logs.
    expect(text).toContain('"dynamodb:LeadingKeys":["token-changes#*"]');
    // Its only writes to the Events table besides appends are verification counts.
    expect(text).toContain('"dynamodb:LeadingKeys":["usage#*"]');
  });

  it("answers denials in Keyward's error shape: 401 without a reason, 403 with the verification code, 503 with Retry-After when verification fails", () => {
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      StatusCode: '401',
    });
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'ACCESS_DENIED',
      StatusCode: '403',
      ResponseTemplates: { 'application/json': Match.stringLikeRegexp('\\$context.authorizer.code') },
    });
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'AUTHORIZER_FAILURE',
      StatusCode: '503',
      ResponseParameters: { 'gatewayresponse.header.retry-after': "'1'" },
      ResponseTemplates: { 'application/json': Match.stringLikeRegexp('"code":"STORE_UNAVAILABLE"') },
    });
  });
});

describe('Stack: ConsoleStack', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(synthesize().console);
  });

  it('keeps the bucket private, read by CloudFront through origin access control only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      },
    });
  });

  it('serves HTTPS only with security headers, and writes the API URL as config.json', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          FrameOptions: { FrameOption: 'DENY', Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31_536_000 }),
        }),
      }),
    });
    template.hasResourceProperties('Custom::CDKBucketDeployment', { DestinationBucketKeyPrefix: 'console/' });
    expect(JSON.stringify(template.toJSON())).toContain('config.json');
  });
});

describe('Checks: cdk-nag AwsSolutions', () => {
  it('finds nothing that is not acknowledged with a reason', () => {
    const { app } = synthesize();
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });
});
