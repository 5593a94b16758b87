import { hashKey, keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Page } from '@zeren/contracts';
import { useCallback, useEffect, useState } from 'react';

/**
 * Staff lists page through the server with a keyset cursor (contracts: `pageQuery`, `pageOf`):
 * a page holds `limit` rows after the cursor `after`, and says the cursor of the next one and
 * how many rows the filters match. The server cannot jump to page N, so a table keeps the
 * cursors of the pages it went through (a stack: Previous pops, Next pushes), and a picker loads
 * one large page and searches on the server for the rest.
 */

/** Rows a table shows per page. */
export const TABLE_PAGE_SIZE = 20;
/** Options a picker loads at most (the server's largest page); beyond them it asks for a search. */
export const PICKER_LIMIT = MAX_PAGE_SIZE;
/** How long a picker waits after the last keystroke before it searches. */
export const SEARCH_DEBOUNCE_MS = 300;

/** What one page request adds to a list's filters. */
export interface PageParams {
  limit: number;
  after?: string;
}

// ---------------------------------------------------------------- the cursor stack

/**
 * Where a pager stands: the filters it pages (their hash) and the cursors of the pages after the
 * first that it went through, the current page's last. Other filters than these mean the first
 * page: changing a filter starts over at page 1 by itself.
 */
export interface PagerState {
  filters: string;
  cursors: readonly string[];
}

export type PagerAction =
  | { type: 'next'; filters: string; cursor: string }
  | { type: 'previous'; filters: string }
  | { type: 'reset'; filters: string };

/** The first page of `filters`. */
export const firstPage = (filters: string): PagerState => ({ filters, cursors: [] });

/** The cursors of the pages after the first, for `filters` (none: their first page). */
export function cursorsFor(state: PagerState, filters: string): readonly string[] {
  return state.filters === filters ? state.cursors : [];
}

/** The 1-based number of the page the pager stands on, for `filters`. */
export function pageNumber(state: PagerState, filters: string): number {
  return cursorsFor(state, filters).length + 1;
}

/** The cursor the current page is asked with (`after`); undefined on the first page. */
export function currentCursor(state: PagerState, filters: string): string | undefined {
  return cursorsFor(state, filters).at(-1);
}

/**
 * Next pushes the next page's cursor (once: a second click before that page arrives pushes
 * nothing), Previous pops one (never below the first page), reset goes back to the first page;
 * an action for other filters than the state's starts from those filters' first page.
 */
export function pagerReducer(state: PagerState, action: PagerAction): PagerState {
  const cursors = cursorsFor(state, action.filters);
  switch (action.type) {
    case 'next':
      if (cursors.at(-1) === action.cursor) return { filters: action.filters, cursors };
      return { filters: action.filters, cursors: [...cursors, action.cursor] };
    case 'previous':
      return { filters: action.filters, cursors: cursors.slice(0, -1) };
    case 'reset':
      return firstPage(action.filters);
  }
}

/** The hash a pager keys its filters by: the same filters in any key order, undefined left out. */
export function filtersKey(filters: object): string {
  return hashKey([filters]);
}

// ---------------------------------------------------------------- tables

export interface PagedListOptions<F extends object, T> {
  /** The list's filters; a change starts over at the first page. */
  filters: F;
  /** The query key of one page (the feature's list key, so its invalidations reach every page). */
  queryKey: (query: F & PageParams) => QueryKey;
  fetch: (query: F & PageParams) => Promise<Page<T>>;
  pageSize?: number;
  enabled?: boolean;
}

/** One page of a list and the way to the others, as the table's pager shows them. */
export interface PagedList<T> {
  items: T[];
  /** How many rows the filters match (exact unless `totalExact` is false: then "at least"); undefined until known. */
  total: number | undefined;
  totalExact: boolean;
  /** 1-based. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
  /** Back to the first page (the filters did not change, e.g. after creating a record). */
  reset: () => void;
  /** A page is loading (the first, or another while the previous one stays shown). */
  isFetching: boolean;
  /** The rows shown are the previous page's while the requested one loads. */
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * One page of a server-paged list for a table: `pageSize` rows (20) of `filters`, the previous
 * page's rows kept on screen while another loads. Changing the filters goes back to the first
 * page; a page left empty by what was done on it (its last row approved or deleted) steps back.
 */
export function usePagedList<F extends object, T>({
  filters,
  queryKey,
  fetch,
  pageSize = TABLE_PAGE_SIZE,
  enabled = true,
}: PagedListOptions<F, T>): PagedList<T> {
  const key = filtersKey({ ...filters, limit: pageSize });
  const [state, setState] = useState<PagerState>(() => firstPage(key));
  const after = currentCursor(state, key);
  const page = pageNumber(state, key);
  const query = { ...filters, limit: pageSize, ...(after ? { after } : {}) } as F & PageParams;
  const result = useQuery({
    queryKey: queryKey(query),
    queryFn: () => fetch(query),
    placeholderData: keepPreviousData,
    enabled,
  });
  const data = result.data;
  const settled = !result.isPlaceholderData && !result.isFetching;
  const emptied = settled && data !== undefined && data.items.length === 0 && page > 1;
  useEffect(() => {
    if (emptied) setState((current) => pagerReducer(current, { type: 'previous', filters: key }));
  }, [emptied, key]);

  const nextCursor = result.isPlaceholderData ? null : (data?.nextCursor ?? null);
  const next = useCallback(() => {
    if (nextCursor)
      setState((current) => pagerReducer(current, { type: 'next', filters: key, cursor: nextCursor }));
  }, [key, nextCursor]);
  const previous = useCallback(
    () => setState((current) => pagerReducer(current, { type: 'previous', filters: key })),
    [key],
  );
  const reset = useCallback(() => setState(firstPage(key)), [key]);

  return {
    items: data?.items ?? [],
    total: data?.total,
    totalExact: data?.totalExact ?? true,
    page,
    hasPrevious: page > 1,
    hasNext: nextCursor !== null,
    previous,
    next,
    reset,
    isFetching: result.isFetching,
    isPlaceholderData: result.isPlaceholderData,
    isError: result.isError,
    error: result.error,
  };
}

// ---------------------------------------------------------------- pickers

/** `value`, once it has not changed for `delay` ms. */
export function useDebouncedValue<V>(value: V, delay = SEARCH_DEBOUNCE_MS): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export interface PickerListOptions<F extends { q?: string | undefined }, T> {
  /** The list's filters other than the search (a unit); the search is the picker's. */
  filters: Omit<F, 'q'>;
  queryKey: (query: F & PageParams) => QueryKey;
  fetch: (query: F & PageParams) => Promise<Page<T>>;
  enabled?: boolean;
}

/** The options of a picker: up to PICKER_LIMIT rows, searched on the server, and whether more exist. */
export interface PickerList<T> {
  items: T[];
  total: number | undefined;
  totalExact: boolean;
  /** More rows match than the picker shows: it must say so and ask for a search. */
  truncated: boolean;
  /** The search as typed (the request follows it after SEARCH_DEBOUNCE_MS). */
  search: string;
  setSearch: (search: string) => void;
  isFetching: boolean;
}

/**
 * The options of a picker (a select) over a server-paged list: one page of up to 200 rows of
 * `filters`, narrowed on the server by what the user types (debounced), never silently the first
 * page only: `truncated` says when more match.
 */
export function usePickerList<F extends { q?: string | undefined }, T>({
  filters,
  queryKey,
  fetch,
  enabled = true,
}: PickerListOptions<F, T>): PickerList<T> {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const query = { ...filters, limit: PICKER_LIMIT, ...(q ? { q } : {}) } as F & PageParams;
  const result = useQuery({
    queryKey: queryKey(query),
    queryFn: () => fetch(query),
    placeholderData: keepPreviousData,
    enabled,
  });
  const data = result.data;
  return {
    items: data?.items ?? [],
    total: data?.total,
    totalExact: data?.totalExact ?? true,
    truncated: (data?.nextCursor ?? null) !== null,
    search,
    setSearch,
    isFetching: result.isFetching || q !== search.trim(),
  };
}

// ---------------------------------------------------------------- every row

/**
 * Every row of `filters`, page after page of PICKER_LIMIT: for the rare view that must filter
 * on what the server cannot (the accounts whose lock has not run out yet), over a list that
 * stays small (staff accounts in scope).
 */
export async function fetchAllPages<F extends object, T>(
  fetch: (query: F & PageParams) => Promise<Page<T>>,
  filters: F,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | undefined;
  do {
    const page = await fetch({ ...filters, limit: PICKER_LIMIT, ...(after ? { after } : {}) } as F &
      PageParams);
    rows.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after);
  return rows;
}
