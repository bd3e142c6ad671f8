import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { DEFAULT_TOKEN_POLICY, type TokenPolicy } from '../domain/token-policy.js';
import { type TransactionStep, transactWrite } from './transact.js';
import { attributeUpdateOf } from './update-expression.js';

export type { TokenPolicy };

/** The policy's attributes on the owner's item; a rule not in a new policy is removed. */
const POLICY_ATTRIBUTES: readonly (keyof TokenPolicy)[] = [
  'reuseDetection',
  'revealable',
  'maxLifetimeDays',
  'scopeCeiling',
  'apiTokenTypes',
  'requireIpRestrictions',
  'minSecretKeyLength',
];

/**
 * Token policy settings a workspace or project keeps on its own Directory item (`pk` = its scope,
 * `workspace#<id>` or `project#<id>`; `sk` = its type). The authorizer reads them only on rare paths (a
 * detected reuse), so it needs no copy of the directory.
 */
export class TokenPolicyRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  public async get(scope: string): Promise<TokenPolicy> {
    const { Item = {} } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: keyOf(scope),
        ProjectionExpression: POLICY_ATTRIBUTES.join(', '),
        ConsistentRead: true,
      }),
    );
    return { ...DEFAULT_TOKEN_POLICY, ...(Item as Partial<TokenPolicy>) };
  }

  /** Whether presenting a rotated-out value revokes the token; off unless the owner turned it on. */
  public async reuseDetectionEnabled(scope: string): Promise<boolean> {
    return (await this.get(scope)).reuseDetection;
  }

  /**
   * Holds while the owner keeps values revealable: a token value is sealed and stored in the same transaction,
   * so no value is kept after the setting was turned off (and its kept values deleted).
   */
  public revealableStep(scope: string): TransactionStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.table,
          Key: keyOf(scope),
          ConditionExpression: 'revealable = :on',
          ExpressionAttributeValues: { ':on': true },
        },
      },
      onConditionFailed: () =>
        new ConflictError(
          `The token policy of ${scope.split('#')[0]} changed while the token was being written; retry.`,
          'token_policy_changed',
        ),
    };
  }

  /** Replaces the policy: rules it leaves out are removed. */
  public async put(scope: string, policy: TokenPolicy, audit: TransactionStep): Promise<void> {
    const update = attributeUpdateOf(
      Object.fromEntries(POLICY_ATTRIBUTES.map((name) => [name, policy[name]])),
    );
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.table,
            Key: keyOf(scope),
            ...update,
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: () => new NotFoundError(`${scope.split('#')[0]} was not found.`),
      },
      audit,
    ]);
  }
}

const keyOf = (scope: string) => ({ pk: scope, sk: scope.split('#')[0] });
