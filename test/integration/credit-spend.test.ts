import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreditRefill } from '../../shared/domain/credits.js';
import { creditPeriodOf } from '../../shared/domain/credits.js';
import { createDocumentClient } from '../../shared/store/client.js';
import { CreditRepository } from '../../shared/store/credit-repository.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

/** Credit spends that lose a race to another verifier's write, against DynamoDB Local. */
describe('Integration: credit spends under races', () => {
  let kw: TestKeyward;
  const refill: CreditRefill = { amount: 3, interval: 'daily' };
  const now = new Date('2026-11-28T00:00:01.000Z');
  const today = creditPeriodOf(refill, now);

  beforeAll(async () => {
    kw = await startTestKeyward();
  });
  afterAll(async () => kw?.stop());

  /** A repository whose first failed spend is followed, before it reads again, by `interleave` (another racer). */
  const racedRepository = (interleave: () => Promise<unknown>) => {
    const documents = createDocumentClient(kw.keyward.runtime.dynamodb);
    let raced = false;
    documents.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          if (!raced && (error as Error).name === 'ConditionalCheckFailedException') {
            raced = true;
            await interleave();
          }
          throw error;
        }
      },
      { step: 'initialize', name: 'raceAfterFirstFailedSpend' },
    );
    return new CreditRepository(documents, kw.keyward.tables);
  };
  const seed = (key: string, item: Record<string, unknown>) =>
    kw.keyward.runtime.documents.send(
      new PutCommand({ TableName: kw.keyward.tables.tokens, Item: { tokenId: key, ...item } }),
    );

  it('spends from a balance another verifier refilled between its failed spend and its read', async () => {
    // Prepare: yesterday's balance is used up; another racer will refill today's while this one is between steps
    await seed('credits#a', { creditsRemaining: 0, creditsPeriod: '2026-11-27', creditsGrant: 3 });
    const repository = racedRepository(() =>
      kw.keyward.runtime.documents.send(
        new UpdateCommand({
          TableName: kw.keyward.tables.tokens,
          Key: { tokenId: 'credits#a' },
          UpdateExpression: 'SET creditsRemaining = :r, creditsPeriod = :p',
          ExpressionAttributeValues: { ':r': 2, ':p': today },
        }),
      ),
    );

    // Act
    const spend = await repository.spend({ key: 'credits#a', creditsRefill: refill }, 1, now);

    // Assess: allowed from today's balance, not refused and not refilled again
    expect(spend).toEqual({ spent: true, remaining: 1 });
  });

  it('never refills over a newer period written by a verifier whose clock is ahead', async () => {
    await seed('credits#b', { creditsRemaining: 1, creditsPeriod: '2026-11-29', creditsGrant: 3 });
    const repository = new CreditRepository(kw.keyward.runtime.documents, kw.keyward.tables);
    expect(await repository.spend({ key: 'credits#b', creditsRefill: refill }, 1, now)).toEqual({
      spent: true,
      remaining: 0,
    });
    expect(await repository.spend({ key: 'credits#b', creditsRefill: refill }, 1, now)).toMatchObject({
      spent: false,
      remaining: 0,
    });
  });
});
