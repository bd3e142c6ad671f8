/**
 * Keys no request body may have. JSON.parse makes `__proto__` an own key, which copying an object (a zod
 * record among them) drops or turns into the copy's prototype; DynamoDB's marshaller refuses an object whose
 * `constructor` is not Object's, and `prototype` is the third of the family. No field of the API is named
 * so, and no stored key may be, so a body that has one is refused as invalid instead of losing the value or
 * answering 500.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const RESERVED_KEY_MESSAGE = 'must not be named __proto__, constructor or prototype';

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.includes(key);

/** Where the first reserved key of a JSON value is (`meta.a.0.constructor`), or `undefined`. */
export const reservedKeyPath = (
  value: unknown,
  path: readonly (string | number)[] = [],
): string | undefined => {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = reservedKeyPath(value[index], [...path, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (isReservedKey(key)) return [...path, key].join('.');
    const found = reservedKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
};
