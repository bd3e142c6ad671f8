import { DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeployedKeyward,
  functionNamed,
  KEYWARD_STACK,
  startDeployedKeyward,
} from '../support/deployed.js';

/**
 * Least privilege, proven on what deploys: each call is checked against the calling function's role as the
 * template defines it, and what the role does not allow is refused as AWS refuses it.
 */
describe('Deployed: IAM as the templates grant it', () => {
  let kw: DeployedKeyward;

  beforeAll(async () => {
    kw = await startDeployedKeyward();
  }, 120_000);
  afterAll(async () => kw?.stop());

  const clientAs = (functionPart: string) =>
    new DynamoDBClient({
      endpoint: kw.emulation.services.url,
      region: 'eu-west-1',
      credentials: kw.emulation.credentialsOf(functionNamed(kw.emulation, functionPart).arn),
      maxAttempts: 1,
    });

  it('refuses a function what its role does not allow, with AccessDeniedException, and allows the rest', async () => {
    // Prepare
    const outputs = kw.emulation.outputs[KEYWARD_STACK]!;
    const tokens = outputs.TokensTableName!;
    const directory = kw.emulation.model.tables.find((table) => table.name === outputs.DirectoryTableName)!;
    const key = { tokenId: { S: 'nothing' } };
    const health = clientAs('ServiceHealthFunction');
    const authorizer = clientAs('TokenAuthorizerFunction');
    const touch = (partition: string) =>
      new UpdateItemCommand({
        TableName: directory.name,
        Key: Object.fromEntries(
          directory.definition.KeySchema.map(({ AttributeName }) => [AttributeName, { S: partition }]),
        ),
        UpdateExpression: 'SET touched = :t',
        ExpressionAttributeValues: { ':t': { S: 'yes' } },
      });

    try {
      // Act & Assess: reads as granted; no whole-item writes of tokens from either
      await expect(health.send(new GetItemCommand({ TableName: tokens, Key: key }))).resolves.toBeDefined();
      await expect(health.send(new PutItemCommand({ TableName: tokens, Item: key }))).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('dynamodb:PutItem'),
      });
      await expect(
        authorizer.send(new PutItemCommand({ TableName: tokens, Item: key })),
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
      });
      // The authorizer updates owners' items in the directory (its leading keys), never a principal's
      await expect(authorizer.send(touch('site#x'))).resolves.toBeDefined();
      await expect(authorizer.send(touch('principal#x'))).rejects.toMatchObject({
        name: 'AccessDeniedException',
      });

      expect(kw.emulation.services.takeDenials().map((denial) => denial.action)).toEqual([
        'dynamodb:PutItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ]);
    } finally {
      health.destroy();
      authorizer.destroy();
    }
  });
});
