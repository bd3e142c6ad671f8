import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DeploymentModel } from './model.js';

/** The templates' tables, made in DynamoDB Local as CloudFormation would make them. */
export const createTables = async (endpoint: string, region: string, model: DeploymentModel) => {
  const dynamodb = new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    for (const table of model.tables) {
      await dynamodb.send(
        new CreateTableCommand({
          TableName: table.name,
          BillingMode: 'PAY_PER_REQUEST',
          ...(table.definition as object),
        } as ConstructorParameters<typeof CreateTableCommand>[0]),
      );
    }
  } finally {
    dynamodb.destroy();
  }
};
