import type { Page } from '@zeren/contracts';
import { describe, expect, it, vi } from 'vitest';
import { catalogs } from '../i18n/catalogs';
import { formatTotal } from './format';
import {
  currentCursor,
  cursorsFor,
  fetchAllPages,
  filtersKey,
  firstPage,
  type PagerAction,
  type PagerState,
  pageNumber,
  pagerReducer,
} from './use-paged-list';

const A = filtersKey({ status: 'received', limit: 20 });
const B = filtersKey({ status: 'answered', limit: 20 });

/** The state after `actions`, from the first page of A. */
const walk = (...actions: PagerAction[]): PagerState => actions.reduce(pagerReducer, firstPage(A));
const next = (cursor: string, filters = A): PagerAction => ({ type: 'next', filters, cursor });
const previous = (filters = A): PagerAction => ({ type: 'previous', filters });

describe('the cursor stack of a paged table', () => {
  it('starts on the first page, asked without a cursor', () => {
    const state = firstPage(A);
    expect(pageNumber(state, A)).toBe(1);
    expect(currentCursor(state, A)).toBeUndefined();
  });

  it('goes forward with each next cursor and asks each page with its own', () => {
    const state = walk(next('c2'), next('c3'));
    expect(pageNumber(state, A)).toBe(3);
    expect(currentCursor(state, A)).toBe('c3');
    expect(cursorsFor(state, A)).toEqual(['c2', 'c3']);
  });

  it('goes back one page at a time to the first, never before it', () => {
    const state = walk(next('c2'), next('c3'), previous());
    expect(pageNumber(state, A)).toBe(2);
    expect(currentCursor(state, A)).toBe('c2');
    const first = walk(next('c2'), previous(), previous());
    expect(pageNumber(first, A)).toBe(1);
    expect(currentCursor(first, A)).toBeUndefined();
  });

  it('pushes a cursor once: a second Next before the page arrives stays on it', () => {
    const state = walk(next('c2'), next('c2'));
    expect(pageNumber(state, A)).toBe(2);
  });

  it('goes forward again after going back (the next cursor is the same page’s)', () => {
    const state = walk(next('c2'), next('c3'), previous(), next('c3'));
    expect(cursorsFor(state, A)).toEqual(['c2', 'c3']);
  });

  it('is back on the first page when the filters change, without an action', () => {
    const state = walk(next('c2'), next('c3'));
    expect(pageNumber(state, B)).toBe(1);
    expect(currentCursor(state, B)).toBeUndefined();
    // Paging the new filters starts from their first page, the old cursors forgotten…
    const moved = pagerReducer(state, next('d2', B));
    expect(cursorsFor(moved, B)).toEqual(['d2']);
    // …and coming back to the old filters starts them over too.
    expect(pageNumber(moved, A)).toBe(1);
    expect(pagerReducer(state, previous(B))).toEqual(firstPage(B));
  });

  it('resets to the first page of the same filters', () => {
    expect(pagerReducer(walk(next('c2'), next('c3')), { type: 'reset', filters: A })).toEqual(firstPage(A));
  });

  it('keys filters by their values: key order and undefined filters do not matter', () => {
    expect(filtersKey({ q: 'x', unitId: undefined, limit: 20 })).toBe(filtersKey({ limit: 20, q: 'x' }));
    expect(filtersKey({ q: 'x', limit: 20 })).not.toBe(filtersKey({ q: 'y', limit: 20 }));
  });
});

describe('every page of a list', () => {
  it('follows the next cursors until the last page, 200 rows a page', async () => {
    const pages: Record<string, Page<number>> = {
      first: { items: [1, 2], nextCursor: 'p2', total: 5, totalExact: true },
      p2: { items: [3, 4], nextCursor: 'p3', total: 5, totalExact: true },
      p3: { items: [5], nextCursor: null, total: 5, totalExact: true },
    };
    const fetch = vi.fn(async (query: { unitId?: string; limit: number; after?: string }) => {
      expect(query.limit).toBe(200);
      expect(query.unitId).toBe('u1');
      return pages[query.after ?? 'first']!;
    });
    expect(await fetchAllPages(fetch, { unitId: 'u1' })).toEqual([1, 2, 3, 4, 5]);
    expect(fetch.mock.calls.map(([query]) => query.after)).toEqual([undefined, 'p2', 'p3']);
  });
});

describe('the total under a paged table', () => {
  it('counts with thousands grouped, in both languages', () => {
    expect(formatTotal(catalogs['zh-CN'].pager, 1234, true, 'zh-CN')).toBe('共 1,234 条');
    expect(formatTotal(catalogs['en-US'].pager, 1234, true, 'en-US')).toBe('1,234 items');
    expect(formatTotal(catalogs['en-US'].pager, 1, true, 'en-US')).toBe('1 item');
    expect(formatTotal(catalogs['zh-CN'].pager, 0, true, 'zh-CN')).toBe('共 0 条');
  });

  it('says "at least" when the server stopped counting', () => {
    expect(formatTotal(catalogs['zh-CN'].pager, 10_000, false, 'zh-CN')).toBe('10,000+ 条');
    expect(formatTotal(catalogs['en-US'].pager, 10_000, false, 'en-US')).toBe('10,000+ items');
  });
});
