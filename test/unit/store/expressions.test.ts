import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors.js';
import { decodeCursor, encodeCursor } from '../../../shared/store/cursor.js';
import { entityKey, memberKey, stripKeys } from '../../../shared/store/directory/directory-table.js';
import { attributeUpdateOf } from '../../../shared/store/update-expression.js';

describe('Store: update expressions', () => {
  it('sets values, removes undefined ones and adds increments, all through placeholders', () => {
    expect(attributeUpdateOf({ name: 'n', status: undefined }, { uses: 2 })).toEqual({
      UpdateExpression: 'SET #f0 = :v0, #f2 = #f2 + :v2 REMOVE #f1',
      ExpressionAttributeNames: { '#f0': 'name', '#f1': 'status', '#f2': 'uses' },
      ExpressionAttributeValues: { ':v0': 'n', ':v2': 2 },
    });
  });

  it('writes no empty clause', () => {
    expect(attributeUpdateOf({ gone: undefined }).UpdateExpression).toBe('REMOVE #f0');
    expect(attributeUpdateOf({ kept: 1 }).UpdateExpression).toBe('SET #f0 = :v0');
  });
});

describe('Store: cursors', () => {
  const key = { pk: 'workspace#w', sk: 'site#s' };

  it('round-trips the key it was made from', () => {
    expect(decodeCursor(encodeCursor(key), ['pk', 'sk'], { pk: 'workspace#w' })).toEqual(key);
    expect(encodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(undefined, ['pk', 'sk'])).toBeUndefined();
  });

  it.each([
    ['another partition', encodeCursor({ pk: 'workspace#other', sk: 'site#s' })],
    ['another shape', encodeCursor({ pk: 'workspace#w' })],
    ['a number for a key', encodeCursor({ pk: 'workspace#w', sk: 1 })],
    ['an array', encodeCursor(['workspace#w'] as unknown as Record<string, unknown>)],
    ['not base64url JSON', '%%%'],
  ])('refuses a cursor with %s as a field error on `cursor`', (_, cursor) => {
    const refusal = (() => {
      try {
        decodeCursor(cursor, ['pk', 'sk'], { pk: 'workspace#w' });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).details?.[0]?.path).toBe('cursor');
  });
});

describe('Store: Directory table keys', () => {
  it('keys an entity by type and id, a membership under its resource, and strips keys from items', () => {
    expect(entityKey('site', 's1')).toEqual({ pk: 'site#s1', sk: 'site' });
    expect(memberKey('workspace', 'w1', 'p1')).toEqual({ pk: 'workspace#w1', sk: 'member#p1' });
    expect(stripKeys({ pk: 'site#s1', sk: 'site', id: 's1', name: 'S' })).toEqual({ id: 's1', name: 'S' });
  });
});
