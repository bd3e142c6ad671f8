import { describe, expect, it } from 'vitest';
import { KeywardApiError } from '../../../client/index.js';
import { formErrorOf } from '../../../console/src/errors.js';
import { headersFromLines } from '../../../console/src/header-lines.js';
import { listAll, MOST_LISTED } from '../../../console/src/list-all.js';
import { matchRoute } from '../../../console/src/route-match.js';
import { relativeTime } from '../../../console/src/times.js';
import {
  TOKEN_FILTERING_PROPERTIES,
  TOKEN_SORTS,
  tokenFilteringOptions,
  tokenRows,
} from '../../../console/src/token-collection.js';
import { endsAt, statusOf } from '../../../console/src/token-status.js';

describe('Console: matchRoute', () => {
  it('extracts params from a matching path and rejects others', () => {
    expect(matchRoute('/sites/:siteId/tokens', '/sites/abc/tokens')).toEqual({ siteId: 'abc' });
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/sites/:siteId/tokens', '/sites/abc')).toBeUndefined();
    expect(matchRoute('/sites/:siteId/tokens', '/sites/abc/members')).toBeUndefined();
    expect(matchRoute('/projects/:projectId', '/projects/a%20b')).toEqual({ projectId: 'a b' });
  });

  it('matches nothing when a parameter decodes to a path, query or fragment character', () => {
    for (const crafted of ['a%2Fb', 'a%3Fb', 'a%23b', 'a%5Cb', '%E0%A4%A', '']) {
      expect(
        matchRoute('/workspaces/:workspaceId/members', `/workspaces/${crafted}/members`),
      ).toBeUndefined();
    }
  });
});

describe('Console: formErrorOf', () => {
  it('puts 422 details on their top-level field, first message wins', () => {
    const error = new KeywardApiError(422, 'validation_error', 'Invalid request', [
      { path: 'ipValues.1', message: 'must be an IPv4 or IPv6 address or CIDR range' },
      { path: 'ipValues.2', message: 'another' },
      { path: 'title', message: 'required' },
    ]);
    expect(formErrorOf(error)).toEqual({
      message: 'Invalid request',
      fields: { ipValues: 'must be an IPv4 or IPv6 address or CIDR range', title: 'required' },
    });
  });

  it('gives a message for anything else', () => {
    expect(formErrorOf(new Error('offline'))).toEqual({ message: 'offline', fields: {} });
  });
});

describe('Console: headersFromLines', () => {
  it('splits each line at its first colon only, so values may hold colons', () => {
    expect(
      headersFromLines(['x-signature: sha256:abc', 'X-Origin:https://example.com:8443 ', 'x-empty']),
    ).toEqual({
      'x-signature': 'sha256:abc',
      'X-Origin': 'https://example.com:8443',
      'x-empty': '',
    });
  });
});

describe('Console: token statuses', () => {
  it('reads as the API decides, with "disabled" for an active token switched off', () => {
    expect(statusOf({ status: 'active', disabled: true })).toBe('disabled');
    expect(statusOf({ status: 'active' })).toBe('active');
    expect(statusOf({ status: 'revoked', disabled: true })).toBe('revoked');
  });

  it('gives an end date to active tokens only', () => {
    expect(endsAt({ status: 'revoked' }, '2027-01-01T00:00:00.000Z')).toBe('—');
    expect(endsAt({ status: 'active' }, '2027-01-01T00:00:00.000Z')).not.toBe('—');
  });
});

describe('Console: relative times', () => {
  const now = Date.parse('2026-12-03T12:00:00.000Z');
  it.each([
    ['2026-12-03T11:59:30.000Z', 'just now'],
    ['2026-12-03T11:55:00.000Z', '5 minutes ago'],
    ['2026-12-03T09:00:00.000Z', '3 hours ago'],
    ['2026-12-02T12:00:00.000Z', 'yesterday'],
    ['2026-12-06T12:00:00.000Z', 'in 3 days'],
    ['2026-09-03T12:00:00.000Z', '3 months ago'],
    ['2024-12-03T12:00:00.000Z', '2 years ago'],
  ])('says %s as "%s"', (iso, said) => {
    expect(relativeTime(iso, now)).toBe(said);
  });
});

describe('Console: finding a token', () => {
  const token = (
    name: string,
    status: string,
    createdAt: string,
    lastUsedAt: string | null,
    disabled = false,
  ) => ({ name, status, createdAt, lastUsedAt, disabled, createdBy: name === 'cdn' ? 'p-2' : 'p-1' });
  const tokens = [
    token('CMS sync', 'active', '2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
    token('Deploy bot', 'revoked', '2026-02-01T00:00:00.000Z', null),
    token('cdn', 'active', '2026-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', true),
  ];
  const people: Record<string, string> = { 'p-1': 'Ada' };
  const rows = tokenRows(
    tokens,
    (t) => t.name,
    (id) => (id == null ? '—' : (people[id] ?? 'another principal')),
  );
  const names = (found: readonly { name: string }[]) => found.map((t) => t.name);

  it('gives each token the words and dates it is found by: its status as shown, its creator by name', () => {
    expect(rows.map((row) => [row.name, row.status, row.createdBy])).toEqual([
      ['CMS sync', 'active', 'Ada'],
      ['Deploy bot', 'revoked', 'Ada'],
      ['cdn', 'disabled', 'another principal'],
    ]);
    expect(rows[1]!.lastUsed).toBeNull();
    expect(rows[0]!.created).toEqual(new Date('2026-01-01T00:00:00.000Z'));
  });

  it('offers every status and each creator once while typing a filter', () => {
    expect(tokenFilteringOptions(rows).map((option) => `${option.propertyKey}=${option.value}`)).toEqual([
      'status=active',
      'status=disabled',
      'status=revoked',
      'status=expired',
      'createdBy=Ada',
      'createdBy=another principal',
    ]);
    expect(TOKEN_FILTERING_PROPERTIES.map((property) => property.propertyLabel)).toEqual([
      'Name',
      'Status',
      'Created',
      'Last used',
      'Created by',
    ]);
  });

  it('orders by creation, by last use (never used first, ascending) or by name', () => {
    const by = (column: string) => names([...rows].sort(TOKEN_SORTS[column]!));
    expect(by('Created')).toEqual(['CMS sync', 'Deploy bot', 'cdn']);
    expect(by('Last used')).toEqual(['Deploy bot', 'cdn', 'CMS sync']);
    expect(by('Name')).toEqual(['cdn', 'CMS sync', 'Deploy bot']);
  });
});

describe('Console: listAll', () => {
  it('follows the cursors to the last page, so a list longer than a page is shown whole', async () => {
    const asked: (string | undefined)[] = [];
    const pages: Record<string, { items: number[]; nextCursor?: string }> = {
      first: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3, 4], nextCursor: 'c' },
      c: { items: [5] },
    };
    const limits = new Set<number>();
    const items = await listAll(async ({ limit, cursor }) => {
      asked.push(cursor);
      limits.add(limit);
      return pages[cursor ?? 'first']!;
    });
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'b', 'c']);
    // Always the largest page the API gives.
    expect([...limits]).toEqual([100]);
  });

  it('stops at the most a screen loads, whatever the list says', async () => {
    let calls = 0;
    const items = await listAll(async () => {
      calls += 1;
      return { items: Array.from({ length: 100 }, (_, i) => i), nextCursor: 'again' };
    });
    expect(items).toHaveLength(MOST_LISTED);
    expect(calls).toBe(MOST_LISTED / 100);
  });
});
