import { statSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { describe, expect, it } from 'vitest';
import { LAMBDA_RUNTIME } from '../../infra/constructs/keyward-function.js';
import { TokenAuthorizer } from '../../infra/constructs/token-authorizer.js';
import { LAMBDA_NODE_MAJOR } from '../../infra/function-bundle.js';
import { sampleRoutePolicy } from '../../sample-api/routes.js';

describe('Construct: TokenAuthorizer, bundled for real', () => {
  it('runs every function on the Node.js version its bundle targets', () => {
    expect(LAMBDA_RUNTIME.name).toBe(`nodejs${LAMBDA_NODE_MAJOR}.x`);
  });

  it('bundles the authorizer with the local esbuild into a minified ESM asset with a source map', () => {
    // Prepare: the construct as a user would use it, with tables imported by name
    const app = new App({ outdir: join(process.cwd(), 'cdk.out', 'test-bundling') });
    const stack = new Stack(app, 'Consumer');
    const tables = {
      tokens: TableV2.fromTableName(stack, 'Tokens', 'keyward-tokens'),
      directory: TableV2.fromTableName(stack, 'Directory', 'keyward-directory'),
      events: TableV2.fromTableName(stack, 'Events', 'keyward-events'),
    };
    new TokenAuthorizer(stack, 'Authorizer', {
      tables,
      pepperKey: Key.fromKeyArn(
        stack,
        'Key',
        'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      ),
      routePolicy: sampleRoutePolicy,
    });

    // Act
    const assembly = app.synth();

    // Assess
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
    });
    const assetDir = assembly.directory;
    const code = Object.values(template.findResources('AWS::Lambda::Function'))[0]!.Properties.Code;
    const assetPath = join(assetDir, `asset.${String(code.S3Key).replace('.zip', '')}`);
    const bundle = statSync(join(assetPath, 'index.mjs'));
    expect(bundle.size).toBeGreaterThan(50_000);
    expect(bundle.size).toBeLessThan(1_500_000);
    expect(statSync(join(assetPath, 'index.mjs.map')).size).toBeGreaterThan(0);
  }, 120_000);
});
