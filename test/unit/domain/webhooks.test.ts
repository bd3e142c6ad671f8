import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../shared/domain/audit-event.js';
import { isPublicAddress, webhookUrlProblem } from '../../../shared/domain/webhook-urls.js';
import {
  attemptVerdict,
  fairShareOf,
  nextAttemptAt,
  WEBHOOK_EVENTS,
  WEBHOOK_RETRY_SCHEDULE_SECONDS,
} from '../../../shared/domain/webhooks.js';

describe('webhook deliveries', () => {
  it('tries 8 times over 24 hours, the first at once', () => {
    const at = new Date('2026-11-28T00:00:00.000Z');
    expect(WEBHOOK_RETRY_SCHEDULE_SECONDS).toHaveLength(8);
    expect(nextAttemptAt(at, 0)).toEqual(at);
    expect(nextAttemptAt(at, 7)?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(nextAttemptAt(at, 8)).toBeUndefined();
  });

  it('retries timeouts, 3xx, 429 and 5xx, and takes other 4xx as a refusal', () => {
    expect([200, 204].map(attemptVerdict)).toEqual(['delivered', 'delivered']);
    expect([undefined, 301, 429, 500, 503].map(attemptVerdict)).toEqual(Array(5).fill('retry'));
    expect([400, 401, 404, 410].map(attemptVerdict)).toEqual(Array(4).fill('refused'));
  });

  it("shares a run between endpoints: each endpoint's first few in due order, up to the batch", () => {
    const due = ['slow', 'slow', 'slow', 'slow', 'other', 'slow', 'third', 'other', 'other'].map(
      (endpointId, i) => ({ endpointId, i }),
    );
    const { byEndpoint, chosen } = fairShareOf(due, { batch: 100, perEndpoint: 2 });
    expect(Object.fromEntries([...byEndpoint].map(([id, share]) => [id, share.map(({ i }) => i)]))).toEqual({
      slow: [0, 1],
      other: [4, 7],
      third: [6],
    });
    expect(chosen).toBe(5);
    expect(fairShareOf(due, { batch: 3, perEndpoint: 2 }).chosen).toBe(3);
  });

  it('names only events that are audit actions', () => {
    for (const event of WEBHOOK_EVENTS) expect(AUDIT_ACTIONS).toContain(event);
  });
});

describe('webhook destinations', () => {
  it('accepts public HTTPS URLs', () => {
    expect(webhookUrlProblem('https://hooks.example.com/keyward', 'public-https')).toBeUndefined();
    expect(webhookUrlProblem('https://93.184.216.34/in', 'public-https')).toBeUndefined();
  });

  it('refuses plain HTTP, credentials, and private, loopback and link-local addresses', () => {
    for (const url of [
      'http://hooks.example.com/',
      'https://user:pw@hooks.example.com/',
      'https://10.1.2.3/',
      'https://192.168.0.1/',
      'https://127.0.0.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://[fd00::1]/',
      'https://localhost/',
      'not a url',
    ]) {
      expect(webhookUrlProblem(url, 'public-https'), url).toBeDefined();
    }
  });

  it('refuses IPv6 literals that embed an IPv4 address: IPv4-compatible (::/96), mapped, NAT64, 6to4', () => {
    for (const url of [
      'https://[::127.0.0.1]/',
      'https://[::a9fe:a9fe]/',
      'https://[::10.0.0.1]/',
      'https://[::8.8.8.8]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:a9fe:a9fe]/',
      'https://[64:ff9b::a9fe:a9fe]/',
      'https://[2002:a9fe:a9fe::1]/',
    ]) {
      expect(webhookUrlProblem(url, 'public-https'), url).toBeDefined();
      // As the sender sees it: the address written out as the URL parser normalises it.
      expect(isPublicAddress(new URL(url).hostname.slice(1, -1)), url).toBe(false);
    }
    expect(isPublicAddress('2606:4700:4700::1111')).toBe(true);
  });

  it('lets a local run deliver to plain HTTP on loopback, and nowhere else private', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4000/in', 'local')).toBeUndefined();
    expect(webhookUrlProblem('http://localhost:4000/in', 'local')).toBeUndefined();
    expect(webhookUrlProblem('http://10.0.0.5/in', 'local')).toBeDefined();
  });
});
