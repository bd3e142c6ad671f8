import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

/** The smallest useful DynamoDB Lambda: one GetItem. The yardstick for the authorizer's bundle and import time. */
const client = new DynamoDBClient({});

export const handler = async (event: { id: string }) =>
  client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: { id: { S: event.id } },
      ConsistentRead: true,
    }),
  );
