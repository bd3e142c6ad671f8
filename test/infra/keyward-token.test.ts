import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { iamActionsOf, ROLE_ACCESS } from '../../infra/access.js';
import { KeywardToken, type KeywardTokenProps } from '../../infra/constructs/keyward-token.js';
import { existingKeyward } from '../../infra/existing-deployment.js';
import { GRACE_PERIOD_TAG } from '../../shared/domain/declared-token.js';

const SITE_ID = '65a1f0c2e4b0a1b2c3d4e5f6';
const PROJECT_ID = '65a1f0c2e4b0a1b2c3d4e5f7';

/** A consumer's app beside an existing Keyward, without bundling (fast); the deployed suite runs the functions. */
const appWith = (...tokens: [string, Omit<KeywardTokenProps, 'tables' | 'pepperKey'>][]) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Shop', { env: { account: '123456789012', region: 'eu-west-1' } });
  const keyward = existingKeyward(stack, 'Keyward', {
    tableNames: { tokens: 'kw-tokens', directory: 'kw-directory', events: 'kw-events' },
    pepperKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/00000000-1111-2222-3333-444444444444',
  });
  const constructs = tokens.map(([id, props]) => new KeywardToken(stack, id, { ...keyward, ...props }));
  return { app, stack, constructs };
};

const siteToken: Omit<KeywardTokenProps<'site'>, 'tables' | 'pepperKey'> = {
  kind: 'site',
  ownerId: SITE_ID,
  token: { name: 'orders', scopes: { ecommerce: 'write' } },
};

describe('Construct: KeywardToken', () => {
  it('declares a secret, a custom resource with the declaration and no value, and shares one pair of functions per stack', () => {
    // Act
    const { stack } = appWith(
      ['Orders', { ...siteToken, rotateEvery: Duration.days(30) }],
      ['Content', { kind: 'api', ownerId: PROJECT_ID, token: { name: 'content', type: 'read-only' } }],
    );

    // Assess
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    template.resourceCountIs('Custom::KeywardToken', 2);
    template.resourceCountIs('AWS::Lambda::Function', 2);
    const resources = Object.values(template.findResources('Custom::KeywardToken'));
    const declarations = resources.map((resource) => JSON.parse(resource.Properties.Declaration));
    expect(declarations).toContainEqual({ kind: 'site', ownerId: SITE_ID, token: siteToken.token });
    // The template holds no Keyward token: the secret starts with a placeholder the custom resource replaces.
    expect(JSON.stringify(template.toJSON())).not.toMatch(/kw[swdca]_[0-9a-f]{24}_/);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 32 }),
      Tags: [{ Key: GRACE_PERIOD_TAG, Value: '86400' }],
    });
    template.hasResourceProperties('AWS::SecretsManager::RotationSchedule', {
      RotationRules: { AutomaticallyAfterDays: 30 },
      RotateImmediatelyOnUpdate: false,
    });
    template.resourceCountIs('AWS::SecretsManager::RotationSchedule', 1);
    // Secrets Manager of this account alone may invoke the rotation function.
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'secretsmanager.amazonaws.com',
      SourceAccount: '123456789012',
    });
  });

  it("gives the functions the tokens role's table actions, their own secrets only, and no wildcard", () => {
    // Act
    const { stack } = appWith(['Orders', { ...siteToken, rotateEvery: Duration.days(30) }]);

    // Assess
    const statements = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const actions = new Set(statements.flatMap((statement) => [statement.Action].flat()));
    for (const action of iamActionsOf(ROLE_ACCESS.tokens.tokens)) expect(actions).toContain(action);
    expect([...actions].filter((action) => action.startsWith('secretsmanager:')).sort()).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
      'secretsmanager:PutSecretValue',
      'secretsmanager:UpdateSecretVersionStage',
    ]);
    const resources = JSON.stringify(statements.map((statement) => statement.Resource));
    expect(resources).not.toMatch(/"\*"|\/index\/\*/);
    expect(resources).toContain('/index/byOwner');
  });

  it('lets a consumer read the value with grantRead', () => {
    // Prepare
    const { stack, constructs } = appWith(['Orders', siteToken]);
    const consumer = new LambdaFunction(stack, 'Consumer', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => {}'),
    });

    // Act
    constructs[0]!.grantRead(consumer);

    // Assess
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
            Resource: { Ref: Match.stringLikeRegexp('OrdersSecret') },
          }),
        ]),
      },
    });
  });

  it('passes cdk-nag with nothing left unacknowledged, rotating or not', () => {
    const { app } = appWith(
      ['Orders', { ...siteToken, rotateEvery: Duration.days(30) }],
      ['Plain', siteToken],
    );
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it.each([
    [
      'a scope that does not exist',
      { ...siteToken, token: { name: 'x', scopes: { payments: 'write' } } },
      'token.scopes: "payments" is not an API',
    ],
    [
      'a scope a kind can never hold',
      { ...siteToken, token: { name: 'x', scopes: { authorization: 'read' } } },
      'token.scopes: "authorization"',
    ],
    [
      'a kind that cannot be declared',
      { ...siteToken, kind: 'admin' },
      'KeywardToken Shop/Bad: kind: must be one of site, workspace',
    ],
    ['an owner id that is not one', { ...siteToken, ownerId: 'my-site' }, 'ownerId: must be a'],
    [
      'a secret key, which a template would carry',
      {
        kind: 'delivery',
        ownerId: PROJECT_ID,
        token: { title: 'Website', secretKeyEnabled: true, secretKey: 'correct-horse-battery' },
      },
      'token.secretKey: cannot be declared',
    ],
    [
      'a rotation interval under the grace period',
      { ...siteToken, rotateEvery: Duration.hours(12) },
      'rotateEvery (43200 s) must be longer than gracePeriod (86400 s)',
    ],
    [
      'a rotation of a kind that cannot be regenerated',
      {
        kind: 'workspace',
        ownerId: SITE_ID,
        token: { name: 'audit', scopes: { audit_logs: 'read' } },
        rotateEvery: Duration.days(30),
      },
      'a workspace token cannot be regenerated, so it cannot rotate',
    ],
    [
      'a rotation after the token has expired',
      {
        kind: 'api',
        ownerId: PROJECT_ID,
        token: { name: 'week', type: 'read-only', lifespan: 7 },
        rotateEvery: Duration.days(30),
      },
      "is not shorter than the token's 7-day lifespan",
    ],
  ] as const)('fails the synth for %s, saying why', (_case, props, message) => {
    expect(() => appWith(['Bad', props as never])).toThrow(message);
  });
});
