import { ValidationError } from '../domain/errors.js';

/**
 * Pagination cursors are DynamoDB's LastEvaluatedKey, base64url-encoded. They are opaque to clients but
 * checked on the way back in, so a forged cursor cannot point a query at another partition.
 */

export type StoreKey = Record<string, string>;

export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key === undefined ? undefined : Buffer.from(JSON.stringify(key)).toString('base64url');

export const decodeCursor = (
  cursor: string | undefined,
  expectedAttributes: readonly string[],
  fixed: Readonly<StoreKey> = {},
): StoreKey | undefined => {
  if (cursor === undefined) return undefined;
  const invalid = ValidationError.forField('cursor', 'The cursor is not one this list returned.');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) throw invalid;
  const entries = Object.entries(decoded);
  const wellFormed =
    entries.length === expectedAttributes.length &&
    entries.every(([name, value]) => expectedAttributes.includes(name) && typeof value === 'string') &&
    Object.entries(fixed).every(([name, value]) => (decoded as StoreKey)[name] === value);
  if (!wellFormed) throw invalid;
  return decoded as StoreKey;
};

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string;
}

/** Every item of a paged list, a page at a time (for the few places that must see them all). */
export async function* allItemsOf<T>(
  readPage: (page: PageRequest) => Promise<Page<T>>,
  limit = 100,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor === undefined ? { limit } : { limit, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}
