/** A page of a cursor-paged list, as every list route answers. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | undefined;
}

/** The most items a screen loads: far above any owner's token limit, and a bound on a runaway list. */
export const MOST_LISTED = 2_000;

/** The largest page a list route gives. */
const PAGE_LIMIT = 100;

/** The query of one page: the largest page, after the cursor of the one before. */
export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

/**
 * Every item of a cursor-paged list, page after page, for the screens that filter, sort and page in the
 * browser: a list longer than one page of the API is shown whole, not cut at its first page. `page` asks
 * the route with the query it is given.
 */
export const listAll = async <T>(page: (query: PageQuery) => Promise<Page<T>>): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await page({ limit: PAGE_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
    items.push(...answer.items);
    cursor = answer.nextCursor;
  } while (cursor !== undefined && items.length < MOST_LISTED);
  return items;
};
