import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../domain/errors.js';
import { type TransactionStep, transactWrite } from './transact.js';

/** How a workspace or project treats its tokens beyond each token's own settings. */
export interface TokenPolicy {
  /** Presenting a rotated-out value revokes the token (GitLab's reuse detection). @default true */
  readonly reuseDetection: boolean;
}

const DEFAULT_POLICY: TokenPolicy = { reuseDetection: true };

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
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: keyOf(scope),
        ProjectionExpression: 'reuseDetection',
        ConsistentRead: true,
      }),
    );
    return { reuseDetection: Item?.reuseDetection ?? DEFAULT_POLICY.reuseDetection };
  }

  /** Whether presenting a rotated-out value revokes the token; on unless the owner turned it off. */
  public async reuseDetectionEnabled(scope: string): Promise<boolean> {
    return (await this.get(scope)).reuseDetection;
  }

  public async put(scope: string, policy: TokenPolicy, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.table,
            Key: keyOf(scope),
            UpdateExpression: 'SET reuseDetection = :reuseDetection',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':reuseDetection': policy.reuseDetection },
          },
        },
        onConditionFailed: () => new NotFoundError(`${scope.split('#')[0]} was not found.`),
      },
      audit,
    ]);
  }
}

const keyOf = (scope: string) => ({ pk: scope, sk: scope.split('#')[0] });
