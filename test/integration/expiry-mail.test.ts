import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putAll, seededSiteToken } from '../../local/seed-tokens.js';
import { mailRepository } from '../../shared/composition/store.js';
import { addDays, DAY_MS } from '../../shared/domain/clock.js';
import { newResourceId } from '../../shared/domain/directory.js';
import type { TokenRecord } from '../../shared/domain/token.js';
import type { MailMessage } from '../../shared/mail/mailer.js';
import { ExpiryMail } from '../../shared/services/notifications/expiry-mail.js';
import { transactWrite } from '../../shared/store/transact.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

/** Expiry email: one digest per recipient and day, nothing lost when sending fails, nothing sent after opting out. */
describe('Integration: expiry warnings by email', () => {
  let kw: TestKeyward;
  let mail: ExpiryMail;
  const sent: MailMessage[] = [];
  let failNext = false;
  const principalId = newResourceId();

  beforeAll(async () => {
    kw = await startTestKeyward();
    const { container, repositories, logger, clock } = kw.keyward.runtime;
    mail = new ExpiryMail({
      mail: container.get(mailRepository),
      tokens: repositories.tokens,
      principals: repositories.principals,
      memberships: repositories.memberships,
      mailer: {
        send: async (message) => {
          if (failNext) {
            failNext = false;
            throw new Error('SES is throttling');
          }
          sent.push(message);
        },
      },
      clock,
      logger,
    });
    await repositories.principals.createPrincipal({
      id: principalId,
      name: 'ops',
      email: 'ops@example.com',
      createdAt: clock.now().toISOString(),
    });
  });
  afterAll(async () => {
    kw?.clock.reset();
    await kw?.stop();
  });

  /** A token the principal created, warned `daysLeft` days before its end. */
  const warn = async (name: string, daysLeft: number): Promise<TokenRecord> => {
    const end = addDays(kw.clock.now(), daysLeft);
    const token = { ...seededSiteToken(`site#${newResourceId()}`, end, principalId), name };
    await putAll(kw.keyward.runtime.documents, [{ table: kw.keyward.tables.tokens, item: token }]);
    const steps = await mail.noticeSteps(token, daysLeft, end.toISOString());
    if (steps.length > 0) await transactWrite(kw.keyward.runtime.documents, steps);
    return token;
  };
  const namesIn = (message: MailMessage | undefined) =>
    ['first', 'later', 'retried', 'dropped'].filter((name) => message?.text.includes(`"${name}"`));

  it('sends one digest a day: a warning after that day’s message waits for the next day’s', async () => {
    await warn('first', 30);
    expect(await mail.sendDigests()).toBe(1);
    await warn('later', 7);

    expect(await mail.sendDigests()).toBe(0);
    kw.clock.advance(DAY_MS);
    expect(await mail.sendDigests()).toBe(1);

    expect(sent.map((message) => [message.to, namesIn(message)])).toEqual([
      ['ops@example.com', ['first']],
      ['ops@example.com', ['later']],
    ]);
    expect(await mail.sendDigests()).toBe(0);
  });

  it('keeps the warnings when a send fails, and the next run sends them the same day', async () => {
    kw.clock.advance(DAY_MS);
    await warn('retried', 1);
    failNext = true;

    expect(await mail.sendDigests()).toBe(0);
    expect(await mail.sendDigests()).toBe(1);
    expect(namesIn(sent.at(-1))).toEqual(['retried']);
  });

  it('drops waiting warnings of a principal who opted out, and queues none for them afterwards', async () => {
    kw.clock.advance(DAY_MS);
    await warn('dropped', 7);
    await kw.keyward.runtime.repositories.principals.updatePrincipal(principalId, {
      emailNotifications: false,
    });
    const before = sent.length;

    expect(await mail.sendDigests()).toBe(0);
    const after = await warn('after opting out', 1);
    expect(await mail.noticeSteps(after, 1, new Date().toISOString())).toEqual([]);
    kw.clock.advance(DAY_MS);
    expect(await mail.sendDigests()).toBe(0);
    expect(sent.length).toBe(before);
  });
});
