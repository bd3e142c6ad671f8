import { describe, expect, it } from 'vitest';
import { reservedKeyPath } from '../../../shared/domain/reserved-keys.js';

describe('reserved keys', () => {
  it('finds __proto__, constructor and prototype at any depth, as JSON.parse makes them, and says where', () => {
    expect(reservedKeyPath(JSON.parse('{"meta":{"__proto__":{"plan":"pro"}}}'))).toBe('meta.__proto__');
    expect(reservedKeyPath(JSON.parse('{"meta":{"a":[1,{"constructor":1}]}}'))).toBe('meta.a.1.constructor');
    expect(reservedKeyPath(JSON.parse('{"permissions":{"prototype":["find"]}}'))).toBe(
      'permissions.prototype',
    );
  });

  it('lets every other key and every value through, names like "constructor" as values included', () => {
    expect(
      reservedKeyPath(JSON.parse('{"name":"constructor","meta":{"toString":"x","proto":1}}')),
    ).toBeUndefined();
    expect(reservedKeyPath([1, 'a', null, { b: [true] }])).toBeUndefined();
  });
});
