import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeywardStack } from '../../infra/stacks/keyward-stack.js';
import { routes } from '../../shared/http/routes.js';

describe('Stack: KeywardStack', () => {
  let template: Template;

  beforeAll(() => {
    // Skipping bundling keeps this test fast; one test elsewhere synthesizes with real bundling.
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    template = Template.fromStack(new KeywardStack(app, 'Test', { stage: 'prod' }));
  });

  it('deploys one function per route of the route table, plus the not-found default', () => {
    template.resourceCountIs('AWS::Lambda::Function', routes.length + 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length + 1);
    for (const route of routes) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
      });
    }
  });

  it('runs every function on Node.js 22, ARM64, with the table names in its environment', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining([
          'KEYWARD_TOKENS_TABLE',
          'KEYWARD_DIRECTORY_TABLE',
          'KEYWARD_EVENTS_TABLE',
          'KEYWARD_KMS_KEY_ID',
        ]),
      );
    }
  });

  it('builds the tables from the shared definitions: TTL, PITR, GSIs, retention in prod', () => {
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
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain' });
  });

  it('creates a rotating KMS key for the peppers', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});
