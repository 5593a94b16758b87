import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Suggestion, SuggestionFilters } from '../types';
import { suggestionKeys } from './query-keys';

/** Suggestions in scope, submitter name and contact masked. */
export async function listSuggestions(filters: SuggestionFilters = {}): Promise<Suggestion[]> {
  return (await api<{ items: Suggestion[] }>('/api/suggestions', { query: { ...filters } })).items;
}

export function useSuggestions(filters: SuggestionFilters = {}) {
  return useQuery({
    queryKey: suggestionKeys.list(filters),
    queryFn: () => listSuggestions(filters),
    placeholderData: keepPreviousData,
  });
}
