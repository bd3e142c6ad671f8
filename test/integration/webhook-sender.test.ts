import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpWebhookSender } from '../../shared/services/webhooks/webhook-sender.js';

/** The deployed sender's URL policy at the moment of connecting (the delivery itself: test/deployed/webhooks). */
describe('Integration: the public-https webhook sender', () => {
  it('refuses a name that resolves to a loopback address when it connects, sending nothing', async () => {
    const result = await httpWebhookSender('public-https')('https://localhost:9/hooks', {}, '{}');
    expect(result).toMatchObject({ error: 'EADDRNOTPUBLIC' });
    expect(result).not.toHaveProperty('status');
  });
});

/** A receiver that writes `lines` one every `everyMs`, and never finishes unless it runs out. */
const tricklingReceiver = async (lines: readonly string[], everyMs: number) => {
  const server: Server = createServer((socket) => {
    socket.on('error', () => undefined);
    let next = 0;
    const timer = setInterval(() => {
      if (next < lines.length && !socket.destroyed) socket.write(lines[next++]!);
    }, everyMs);
    socket.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

describe('Integration: the webhook sender against slow receivers', () => {
  const closing: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
  });
  const DEADLINE_MS = 600;

  it('fails an attempt at its deadline when the headers trickle in, though the socket is never idle', async () => {
    const receiver = await tricklingReceiver(
      ['HTTP/1.1 200 OK\r\n', ...Array.from({ length: 100 }, (_, i) => `x-${i}: y\r\n`)],
      50,
    );
    closing.push(receiver.close);
    const result = await httpWebhookSender('local', DEADLINE_MS)(receiver.url, {}, '{}');
    expect(result).toMatchObject({ error: 'ETIMEDOUT' });
    expect(result.durationMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(result.durationMs).toBeLessThan(DEADLINE_MS * 4);
  });

  it('takes the status as soon as the headers are in, without waiting for a trickling body', async () => {
    const receiver = await tricklingReceiver(
      ['HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n', ...Array.from({ length: 100 }, () => 'x')],
      50,
    );
    closing.push(receiver.close);
    const result = await httpWebhookSender('local', DEADLINE_MS)(receiver.url, {}, '{}');
    expect(result).toMatchObject({ status: 200 });
    expect(result.durationMs).toBeLessThan(DEADLINE_MS);
  });
});
