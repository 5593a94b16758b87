import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callItems } from '../../../lib/api';
import type { Suggestion, SuggestionFilters } from '../types';
import { suggestionKeys } from './query-keys';

/** Suggestions in scope, submitter name and contact masked. */
export function listSuggestions(filters: SuggestionFilters = {}): Promise<Suggestion[]> {
  return callItems('listSuggestions', { query: filters });
}

export function useSuggestions(filters: SuggestionFilters = {}) {
  return useQuery({
    queryKey: suggestionKeys.list(filters),
    queryFn: () => listSuggestions(filters),
    placeholderData: keepPreviousData,
  });
}
