import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { environmentOf, logLevelOf } from '../../shared/composition/settings.js';
import { changeFeedReplicasProblem, DEFAULT_CHANGE_FEED_REPLICAS } from '../../shared/domain/change-feed.js';
import { ROLE_ACCESS } from '../access.js';
import { DECLARED_TOKEN_HANDLERS } from '../function-bundle.js';
import { grantPepperKey, grantTableAccess, type KeywardTableSet } from '../grants.js';
import { acknowledgeFunctionFindings } from '../nag-acknowledgements.js';
import { KeywardFunction } from './keyward-function.js';
import { tableEnvironmentOf } from './tables.js';

export interface DeclaredTokenFunctionsProps {
  readonly tables: KeywardTableSet;
  readonly pepperKey: IKey;
  readonly changeFeedReplicas?: number;
  readonly logLevel?: string;
}

const ID = 'KeywardDeclaredTokens';

/**
 * The two functions every `KeywardToken` of a stack shares: the custom resource that mints, changes and ends
 * tokens, and the rotation function of their secrets. One pair per stack, not per token, so a hundred tokens
 * add no functions; each token adds to their roles only its own secret, and to the rotation function's only
 * when it rotates.
 */
export class DeclaredTokenFunctions extends Construct {
  public readonly resource: KeywardFunction;
  public readonly rotation: KeywardFunction;
  readonly #tables: KeywardTableSet;
  #rotationInvocable = false;

  /** The stack's pair, made by its first token; every token of a stack must name one Keyward deployment. */
  public static of(scope: Construct, props: DeclaredTokenFunctionsProps): DeclaredTokenFunctions {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(ID) as DeclaredTokenFunctions | undefined;
    if (existing === undefined) return new DeclaredTokenFunctions(stack, ID, props);
    if (existing.#tables.tokens.tableName !== props.tables.tokens.tableName) {
      throw new Error(
        `KeywardToken ${scope.node.path}: every KeywardToken of stack ${stack.stackName} must use the same Keyward tables.`,
      );
    }
    return existing;
  }

  private constructor(scope: Construct, id: string, props: DeclaredTokenFunctionsProps) {
    super(scope, id);
    this.#tables = props.tables;
    const replicas = props.changeFeedReplicas ?? DEFAULT_CHANGE_FEED_REPLICAS;
    const replicasProblem = changeFeedReplicasProblem(replicas);
    if (replicasProblem !== undefined) throw new Error(`KeywardToken changeFeedReplicas: ${replicasProblem}`);
    const environment = {
      ...tableEnvironmentOf(props.tables),
      ...environmentOf({
        kmsKeyId: props.pepperKey.keyArn,
        changeFeedReplicas: replicas,
        logLevel: logLevelOf(props.logLevel),
      }),
    };
    this.resource = new KeywardFunction(this, 'ResourceFunction', {
      handlerModule: DECLARED_TOKEN_HANDLERS.resource,
      description: "Keyward tokens declared with KeywardToken: CloudFormation's create, update and delete",
      environment,
      timeout: Duration.minutes(1),
    });
    this.rotation = new KeywardFunction(this, 'RotationFunction', {
      handlerModule: DECLARED_TOKEN_HANDLERS.rotation,
      description: 'Rotates the secrets of Keyward tokens declared with KeywardToken',
      environment,
      timeout: Duration.seconds(30),
    });
    for (const fn of [this.resource, this.rotation]) {
      // The management API's tokens role, and Query on the one index a create reads (an owner at its limit).
      grantTableAccess(fn, props.tables, ROLE_ACCESS.tokens, { tokens: ['byOwner'] });
      grantPepperKey(fn, props.pepperKey, 'tokens');
    }
    acknowledgeFunctionFindings(this);
  }

  /** The custom resource may write the secret's value (and read it, to find what a retried attempt wrote). */
  public allowWriting(secret: ISecret): void {
    this.resource.addToRolePolicy(
      new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'],
        resources: [secret.secretArn],
      }),
    );
    secret.encryptionKey?.grantEncryptDecrypt(this.resource);
  }

  /** The rotation function may rotate the secret, and Secrets Manager (of this account) may invoke it. */
  public allowRotating(secret: ISecret): void {
    this.rotation.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'secretsmanager:DescribeSecret',
          'secretsmanager:GetSecretValue',
          'secretsmanager:PutSecretValue',
          'secretsmanager:UpdateSecretVersionStage',
        ],
        resources: [secret.secretArn],
      }),
    );
    secret.encryptionKey?.grantEncryptDecrypt(this.rotation);
    if (this.#rotationInvocable) return;
    this.#rotationInvocable = true;
    // One function rotates every secret of the stack: AWS recommends the account, not each secret, as condition.
    this.rotation.addPermission('SecretsManagerInvoke', {
      principal: new ServicePrincipal('secretsmanager.amazonaws.com'),
      sourceAccount: Stack.of(this).account,
    });
  }
}
