import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../shared/domain/clock.js';
import {
  createPrincipalWithKey,
  createProjectWithContent,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';
import { startReceiver } from '../support/webhook-receiver.js';

/** An `.eml` file read back: its headers, and its text and HTML parts decoded. */
const readEml = async (path: string) => {
  const raw = await readFile(path, 'utf8');
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(head)?.[1] ?? '';
  const subjectWord = /=\?utf-8\?B\?([^?]+)\?=/.exec(header('Subject'))?.[1] ?? '';
  const parts = rest.join('\r\n\r\n').split(/--keyward-[0-9a-f]+/);
  const partOf = (type: string) => {
    const part = parts.find((p) => p.includes(`Content-Type: ${type}`)) ?? '';
    return Buffer.from(part.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64').toString('utf8');
  };
  return {
    to: header('To'),
    subject: Buffer.from(subjectWord, 'base64').toString('utf8'),
    text: partOf('text/plain'),
    html: partOf('text/html'),
    raw,
  };
};

/** Expiry warnings: 60, 30, 7 and 1 days before a token's end, by webhook and as one email digest a day. */
describe('E2E: expiry warnings by webhook and email', () => {
  let kw: E2eKeyward;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    kw = await startE2eKeyward({ webhookIntervalMs: 200 });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await kw?.stop();
  });

  const withEmail = async (key: string, settings: Record<string, unknown>) => {
    const updated = await kw.as(key).patch('/v1/principals/me', settings);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    return updated.body;
  };

  it('warns at each threshold exactly once by webhook, and mails each recipient one digest a day', {
    timeout: 90_000,
  }, async () => {
    // Prepare: the creator (the owner) and a project admin have addresses; an admin who opted out and a token
    // manager (not an admin) must hear nothing. Two 90-day tokens reach each threshold on the same day.
    const { projectId } = await createProjectWithContent(kw.api);
    const project = `/v1/projects/${projectId}` as const;
    expect((await withEmail(kw.ownerKey, { email: 'owner@example.com' })).email).toBe('owner@example.com');
    const admin = await createPrincipalWithKey(kw.api, { on: project, role: 'admin' });
    await withEmail(admin.key, { email: 'admin@example.com' });
    const quiet = await createPrincipalWithKey(kw.api, { on: project, role: 'admin' });
    expect(
      await withEmail(quiet.key, { email: 'quiet@example.com', emailNotifications: false }),
    ).toMatchObject({
      emailNotifications: false,
    });
    const manager = await createPrincipalWithKey(kw.api, { on: project, role: 'token-manager' });
    await withEmail(manager.key, { email: 'manager@example.com' });
    await kw.api.post(`${project}/webhooks`, { url: receiver.url, events: ['token.expiring_soon'] });
    const tokens = [];
    for (const name of ['deploy <bot>', 'reporting']) {
      const created = await kw.api.post(`${project}/api-tokens`, { name, type: 'read-only', lifespan: 90 });
      expect(created.status).toBe(201);
      tokens.push(created.body as { id: string; token: string; name: string });
    }

    // Act: at 60, 30, 7 and 1 days left, the sweeper runs twice (a second run must add nothing)
    let day = 0;
    for (const daysLeft of [60, 30, 7, 1]) {
      kw.clock.advance((90 - daysLeft - day) * DAY_MS);
      day = 90 - daysLeft;
      const [first, second] = [
        await kw.keyward.runtime.sweeper.run(),
        await kw.keyward.runtime.sweeper.run(),
      ];
      expect([first.notices, first.mails, second.notices, second.mails]).toEqual([2, 2, 0, 0]);
    }
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(8);
    kw.clock.reset();

    // Assess: webhooks — each token warned at each threshold exactly once
    const warned = receiver.received.map(({ body }) => {
      const { data } = JSON.parse(body) as {
        data: { target: { id: string }; details: { daysLeft: string } };
      };
      return `${data.target.id}@${data.details.daysLeft}`;
    });
    expect(warned.sort()).toEqual(
      tokens.flatMap(({ id }) => ['1', '30', '60', '7'].map((days) => `${id}@${days}`)).sort(),
    );
    // Email — one digest per recipient per threshold day, listing both tokens, to the creator and the admin only
    const directory = join(kw.workdir, '.keyward', 'mail');
    const mails = await Promise.all((await readdir(directory)).map((name) => readEml(join(directory, name))));
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      ...Array(4).fill('admin@example.com'),
      ...Array(4).fill('owner@example.com'),
    ]);
    for (const daysLeft of [60, 30, 7, 1]) {
      const ofDay = mails.filter((mail) =>
        mail.text.includes(`(in ${daysLeft} day${daysLeft === 1 ? '' : 's'})`),
      );
      expect(ofDay).toHaveLength(2);
      for (const mail of ofDay) {
        expect(mail.subject).toBe('Keyward: 2 tokens end soon');
        expect(mail.text).toContain('"deploy <bot>"');
        expect(mail.text).toContain('"reporting"');
        // Names are escaped in the HTML part; every message says how to opt out.
        expect(mail.html).toContain('deploy &#60;bot&#62;');
        expect(mail.text).toContain('"emailNotifications": false');
      }
    }
    for (const { token } of tokens) {
      expect(mails.some((mail) => mail.raw.includes(token) || mail.text.includes(token))).toBe(false);
    }
    expect(kw.logLines().some((line) => line.includes('Wrote an email') && line.includes(directory))).toBe(
      true,
    );
  });
});
