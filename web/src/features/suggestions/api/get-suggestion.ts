import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionKeys } from './query-keys';

/** One suggestion with the submitter's name and contact in full; the server audits the view. */
export function getSuggestion(id: string): Promise<Suggestion> {
  return call('viewSuggestion', { params: { id } });
}

export function useSuggestion(id: string | null) {
  return useQuery({
    queryKey: suggestionKeys.detail(id ?? ''),
    queryFn: () => getSuggestion(id!),
    enabled: id !== null,
    // Every look at personal data is a logged view: do not refetch behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}
