import { CustomResource, Duration, Stack, Tags, Token, Validations } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { CfnRotationSchedule, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import {
  DEFAULT_ROTATION_GRACE_SECONDS,
  GRACE_PERIOD_TAG,
  rotationProblems,
  type TokenDeclaration,
} from '../../shared/domain/declared-token.js';
import { type DeclarableKind, tokenKinds } from '../../shared/domain/kinds.js';
import { DECLARED_TOKEN_PROPERTIES } from '../../shared/http/declared-token-resource.js';
import type { DeclaredTokenBodies } from '../../shared/http/routes/tokens.js';
import { declarationProblems, declaredLifespanDays } from '../../shared/http/token-declarations.js';
import type { KeywardTableSet } from '../grants.js';
import { DeclaredTokenFunctions } from './declared-token-functions.js';

export interface KeywardTokenProps<K extends DeclarableKind = DeclarableKind> {
  /** Keyward's tables: a KeywardStack's, or `existingKeyward(…)` in another app. */
  readonly tables: KeywardTableSet;
  /** The key that encrypts Keyward's peppers. */
  readonly pepperKey: IKey;
  /** `site`, `workspace`, `delivery` (project token) or `api`. */
  readonly kind: K;
  /** The site, workspace or project the token belongs to. */
  readonly ownerId: string;
  /** The token as `POST …/tokens` of its kind takes it: name, scopes or type and permissions, lifespan, identity. */
  readonly token: DeclaredTokenBodies[K];
  /**
   * The principal the deployment acts as: the token is created, changed, rotated and ended in its name and
   * with its roles (give a service principal the token-manager role on the owner).
   * @default the instance owner
   */
  readonly createdBy?: string;
  /**
   * Rotates the value this often with a Secrets Manager rotation schedule (site and API tokens: the kinds
   * that can be regenerated). Readers of the secret get the new value; the old one works for `gracePeriod`.
   * @default no rotation
   */
  readonly rotateEvery?: Duration;
  /**
   * How long a rotated-out value keeps working: longer than readers cache the secret, shorter than `rotateEvery`.
   * @default Duration.days(1)
   */
  readonly gracePeriod?: Duration;
  /** @default a name CloudFormation generates */
  readonly secretName?: string;
  /** The key the secret is encrypted with. @default Secrets Manager's own key (`aws/secretsmanager`) */
  readonly encryptionKey?: IKey;
  /** The Keyward deployment's (`KeywardStack.changeFeedReplicas`). @default 8 */
  readonly changeFeedReplicas?: number;
  /** @default 'INFO' */
  readonly logLevel?: string;
}

export type { DeclaredTokenBodies };

const DAY_SECONDS = 86_400;

/**
 * A Keyward token declared in a CDK app: minted at deploy by a custom resource, its value written straight
 * into a Secrets Manager secret this construct creates — never into the template, the resource's answer,
 * a log or a stack event. Renames and narrower scopes change the token in place; any other change mints a
 * replacement and ends the old token once the deployment succeeds; removing the construct ends the token.
 *
 * @example
 * const token = new KeywardToken(this, 'OrdersToken', {
 *   ...existingKeyward(this, 'Keyward', { tableNames, pepperKeyArn }),
 *   kind: 'site',
 *   ownerId: '65a1f0c2e4b0a1b2c3d4e5f6',
 *   token: { name: 'orders service', scopes: { ecommerce: 'write' } },
 *   rotateEvery: Duration.days(30),
 * });
 * token.grantRead(ordersFunction);
 * ordersFunction.addEnvironment('KEYWARD_TOKEN_SECRET', token.secret.secretArn);
 */
export class KeywardToken<K extends DeclarableKind = DeclarableKind> extends Construct {
  /** Holds the token's value (`AWSCURRENT`): read it, never copy it. */
  public readonly secret: Secret;
  /** The token's id (what its audit events and views name). */
  public readonly tokenId: string;
  /** The rotation schedule, when `rotateEvery` is set. */
  public readonly rotationSchedule?: CfnRotationSchedule;

  public constructor(scope: Construct, id: string, props: KeywardTokenProps<K>) {
    super(scope, id);
    const declaration: TokenDeclaration = {
      kind: props.kind,
      ownerId: props.ownerId,
      token: props.token as Record<string, unknown>,
      ...(props.createdBy === undefined ? {} : { createdBy: props.createdBy }),
    };
    const graceSeconds = (props.gracePeriod ?? Duration.seconds(DEFAULT_ROTATION_GRACE_SECONDS)).toSeconds();
    const problems = [
      ...checkedNow(declarationProblems(declaration), declaration),
      ...(props.rotateEvery === undefined
        ? []
        : rotationProblems({
            kind: props.kind,
            everySeconds: props.rotateEvery.toSeconds(),
            graceSeconds,
            lifespanDays: lifespanOf(declaration),
          })),
    ];
    if (problems.length > 0) throw new Error(`KeywardToken ${this.node.path}: ${problems.join('; ')}`);

    const label = tokenKinds[props.kind].label;
    this.secret = new Secret(this, 'Secret', {
      description: `The value of a Keyward ${label}, written by its KeywardToken (${this.node.path})`,
      ...(props.secretName === undefined ? {} : { secretName: props.secretName }),
      ...(props.encryptionKey === undefined ? {} : { encryptionKey: props.encryptionKey }),
      // A placeholder until the custom resource writes the token: a template never holds a value.
      generateSecretString: { passwordLength: 32, excludePunctuation: true },
    });
    Tags.of(this.secret).add(GRACE_PERIOD_TAG, String(graceSeconds));

    const functions = DeclaredTokenFunctions.of(this, props);
    functions.allowWriting(this.secret);
    const resource = new CustomResource(this, 'Resource', {
      serviceToken: functions.resource.functionArn,
      resourceType: 'Custom::KeywardToken',
      properties: {
        // One JSON string, values a deployment resolves (another stack's output) included.
        [DECLARED_TOKEN_PROPERTIES.declaration]: Stack.of(this).toJsonString(declaration),
        [DECLARED_TOKEN_PROPERTIES.secretId]: this.secret.secretArn,
      },
    });
    this.tokenId = resource.ref;

    if (props.rotateEvery === undefined) {
      Validations.of(this.secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: `The ${label} rotates only when its KeywardToken sets rotateEvery; this one does not.`,
      });
      return;
    }
    functions.allowRotating(this.secret);
    this.rotationSchedule = new CfnRotationSchedule(this, 'Rotation', {
      secretId: this.secret.secretArn,
      rotationLambdaArn: functions.rotation.functionArn,
      rotationRules: rotationRulesOf(props.rotateEvery),
      // The token has just been minted: its first rotation is due `rotateEvery` from now, not at once.
      rotateImmediatelyOnUpdate: false,
    });
    // Rotation starts from the token's value, which the custom resource writes first.
    this.rotationSchedule.node.addDependency(resource);
  }

  /** Lets `grantee` read the token's value (and decrypt it, with a key of your own). */
  public grantRead(grantee: IGrantable) {
    return this.secret.grantRead(grantee);
  }
}

/** Whether the construct can judge the declaration now: values only known at deploy are checked then. */
const checkedNow = (problems: string[], declaration: TokenDeclaration): string[] =>
  Token.isUnresolved(JSON.stringify(declaration)) ? [] : problems;

const lifespanOf = (declaration: TokenDeclaration): number | null | undefined => {
  try {
    return declaredLifespanDays(declaration);
  } catch {
    return undefined;
  }
};

/** Whole days as Secrets Manager's `AutomaticallyAfterDays`, else a rate in whole hours. */
const rotationRulesOf = (every: Duration): CfnRotationSchedule.RotationRulesProperty => {
  const seconds = every.toSeconds();
  return seconds % DAY_SECONDS === 0
    ? { automaticallyAfterDays: seconds / DAY_SECONDS }
    : { scheduleExpression: `rate(${seconds / 3600} hours)` };
};
