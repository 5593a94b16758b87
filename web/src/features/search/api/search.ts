import {
  type Page,
  type Permission,
  RECORD_TYPES,
  SEARCH_RECORD_TYPES,
  type SearchRecordType,
  type SearchResult,
} from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';

export type { SearchResult };
export type SearchFilters = Omit<QueryOf<'searchRecords'>, 'limit' | 'after'>;

export const searchKeys = {
  all: ['search'] as const,
  page: (query: object) => ['search', query] as const,
};

/** The permission that reads each searchable type: the box shows for holders of any. */
export const SEARCH_READ_PERMISSIONS: readonly Permission[] = [
  ...new Set(
    SEARCH_RECORD_TYPES.map(
      (type: SearchRecordType) =>
        (RECORD_TYPES as Record<string, { readPermission: Permission }>)[type]!.readPermission,
    ),
  ),
];

export function searchRecords(query: QueryOf<'searchRecords'>): Promise<Page<SearchResult>> {
  return call('searchRecords', { query });
}

/** One page of results; asked only once the query has a word of two characters. */
export function useSearchPage(filters: SearchFilters | null) {
  return usePagedList({
    filters: filters ?? ({ q: '' } as SearchFilters),
    queryKey: searchKeys.page,
    fetch: searchRecords,
    enabled: filters !== null,
  });
}

/** Whether the server will take the query: some word of at least two characters (as the contract says). */
export function searchable(q: string | undefined): q is string {
  return (
    !!q &&
    q
      .trim()
      .split(/\s+/)
      .some((word) => [...word].length >= 2)
  );
}
