import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** Closes an answered (or published) suggestion. */
export function closeSuggestion(id: string): Promise<Suggestion> {
  return api<Suggestion>(`/api/suggestions/${encodeURIComponent(id)}/close`, { method: 'POST' });
}

export function useCloseSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeSuggestion, onSuccess: suggestionSaved(queryClient) });
}
