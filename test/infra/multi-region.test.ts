import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeywardRegionStack } from '../../infra/stacks/keyward-region-stack.js';
import { KeywardStack, type KeywardStackProps } from '../../infra/stacks/keyward-stack.js';
import { SampleApiStack } from '../../infra/stacks/sample-api-stack.js';

const ACCOUNT = '123456789012';

/** Keyward in eu-west-1 with a replica in us-east-1, and the sample API in us-east-1 on that replica. */
const twoRegions = (
  outdir?: string,
  props: Partial<KeywardStackProps> = {},
  management: 'standby' | 'active' = 'standby',
) => {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [] },
    ...(outdir === undefined ? {} : { outdir }),
  });
  const keyward = new KeywardStack(app, 'Keyward-dev', {
    env: { account: ACCOUNT, region: 'eu-west-1' },
    replicaRegions: ['us-east-1'],
    ...props,
  });
  const region = new KeywardRegionStack(app, 'KeywardRegion-dev-us-east-1', {
    env: { account: ACCOUNT, region: 'us-east-1' },
    keyward,
    management,
  });
  const sample = new SampleApiStack(app, 'KeywardSampleApi-dev-us-east-1', {
    env: { account: ACCOUNT, region: 'us-east-1' },
    ...region.regional,
  });
  return { app, keyward, region, sample };
};

const cfnLint = (): string | undefined => {
  try {
    return execFileSync('cfn-lint', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};

// Synthesizing three stacks of ~400 resources takes seconds; the file shares one synthesis of them.
describe('Stacks: Keyward in two regions', { timeout: 90_000 }, () => {
  let outdir: string;
  let stacks: ReturnType<typeof twoRegions>;
  let templates: Record<'keyward' | 'region' | 'sample', Template>;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'keyward-two-regions-'));
    stacks = twoRegions(outdir);
    const assembly = stacks.app.synth();
    const templateOf = (name: string) => Template.fromJSON(assembly.getStackByName(name).template);
    templates = {
      keyward: templateOf(stacks.keyward.stackName),
      region: templateOf(stacks.region.stackName),
      sample: templateOf(stacks.sample.stackName),
    };
  }, 90_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('makes every table a global table with a replica, named alike in both regions, and the pepper key multi-Region', () => {
    const template = templates.keyward;
    for (const table of ['tokens', 'directory', 'events']) {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        TableName: `Keyward-dev-${table}`,
        Replicas: Match.arrayWith([
          Match.objectLike({ Region: 'us-east-1' }),
          Match.objectLike({ Region: 'eu-west-1' }),
        ]),
      });
    }
    template.hasResourceProperties('AWS::KMS::Key', { MultiRegion: true, EnableKeyRotation: true });
    // Replication slower than half the allowance raises an alarm, per replicated table the verifiers wait for.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ReplicationLatency',
      Dimensions: Match.arrayWith([{ Name: 'ReceivingRegion', Value: 'us-east-1' }]),
      Threshold: 15_000,
    });
  });

  it("gives the replica region's authorizer that region's replicas, the replica key and the replication allowance", () => {
    templates.region.hasResourceProperties('AWS::KMS::ReplicaKey', { PrimaryKeyArn: Match.anyValue() });
    const template = templates.sample;
    const [authorizer] = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([logicalId]) => logicalId.startsWith('TokenAuthorizerFunction'))
      .map(([, fn]) => fn);
    const environment = authorizer!.Properties.Environment.Variables;
    expect(environment).toMatchObject({
      KEYWARD_TOKENS_TABLE: 'Keyward-dev-tokens',
      KEYWARD_EVENTS_TABLE: 'Keyward-dev-events',
      KEYWARD_REPLICATION_ALLOWANCE_MS: '30000',
    });
    expect(JSON.stringify(environment.KEYWARD_KMS_KEY_ID)).toContain('PepperKeyReplica');
    const resources = JSON.stringify(
      Object.values(template.findResources('AWS::IAM::Policy')).map(
        (policy) => policy.Properties.PolicyDocument,
      ),
    );
    expect(resources).toContain(':dynamodb:us-east-1:');
    expect(resources).not.toContain(':dynamodb:eu-west-1:');
  });

  it('holds a standby management API in the replica region, over its replicas, its schedules off until a failover', () => {
    const template = templates.region;
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasOutput('ApiUrl', {});
    for (const rule of Object.values(template.findResources('AWS::Events::Rule')))
      expect(rule.Properties.State).toBe('DISABLED');
    const resources = JSON.stringify(
      Object.values(template.findResources('AWS::IAM::Policy')).map(
        (policy) => policy.Properties.PolicyDocument,
      ),
    );
    expect(resources).toContain(':dynamodb:us-east-1:');
    expect(resources).not.toContain(':dynamodb:eu-west-1:');
    // A failover: the replica region runs them, the deployment's own region does not.
    const failedOver = twoRegions(undefined, { schedulesEnabled: false }, 'active');
    for (const rule of Object.values(
      Template.fromStack(failedOver.region).findResources('AWS::Events::Rule'),
    ))
      expect(rule.Properties.State).toBe('ENABLED');
    for (const rule of Object.values(
      Template.fromStack(failedOver.keyward).findResources('AWS::Events::Rule'),
    ))
      expect(rule.Properties.State).toBe('DISABLED');
  });

  it('passes cdk-nag with nothing left unacknowledged', () => {
    const report = new AwsSolutionsChecks(stacks.app).validateScope(stacks.app);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it.runIf(cfnLint() !== undefined)('passes cfn-lint, every template of both regions', () => {
    const files = readdirSync(outdir)
      .filter((file) => file.endsWith('.template.json'))
      .map((file) => join(outdir, file));
    expect(files).toHaveLength(3);
    // cfn-lint exits 0 with no findings; warnings (4) and errors (2) are failures here. W3005 is left out:
    // CDK makes a function depend on its role's policy and also names the role, which cfn-lint calls redundant.
    const output = execFileSync('cfn-lint', ['--ignore-checks', 'W3005', '--', ...files], {
      encoding: 'utf8',
    });
    expect(output).toBe('');
  });

  it.each([
    [
      'the stack’s own region as a replica',
      { replicaRegions: ['eu-west-1'] },
      "eu-west-1 is the stack's own region",
    ],
    [
      'an allowance past 50 s',
      { replicationAllowance: Duration.seconds(55) },
      'replicationAllowance: The replication allowance is 0 to 50000 ms',
    ],
    ['a region that is none', { replicaRegions: ['mars-1'] }, 'mars-1 is not an AWS region name'],
  ] as const)('fails the synth for %s, saying why', (_case, props, message) => {
    expect(() => twoRegions(undefined, props as Partial<KeywardStackProps>)).toThrow(message);
  });

  it('fails the synth for replicas of a stack that names no region, and a region stack outside the replicas', () => {
    expect(() => new KeywardStack(new App(), 'Keyward', { replicaRegions: ['us-east-1'] })).toThrow(
      'replicaRegions needs the stack to name its region',
    );
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const keyward = new KeywardStack(app, 'Keyward', {
      env: { account: ACCOUNT, region: 'eu-west-1' },
      replicaRegions: ['us-east-1'],
    });
    expect(
      () =>
        new KeywardRegionStack(app, 'Elsewhere', {
          env: { account: ACCOUNT, region: 'ap-south-1' },
          keyward,
        }),
    ).toThrow('ap-south-1 is not a replica region of Keyward');
  });
});
