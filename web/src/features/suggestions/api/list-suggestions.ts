import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { Suggestion, SuggestionFilters, SuggestionQuery } from '../types';
import { suggestionKeys } from './query-keys';

/** One page of the suggestions in scope, newest first; submitter name and contact masked. */
export function listSuggestions(query: SuggestionQuery = {}): Promise<Page<Suggestion>> {
  return call('listSuggestions', { query });
}

/** The inbox a table pages through. */
export function useSuggestionsPage(filters: SuggestionFilters = {}) {
  return usePagedList({ filters, queryKey: suggestionKeys.list, fetch: listSuggestions });
}
