import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CreateSuggestionBody, Suggestion } from '../types';
import { suggestionKeys } from './query-keys';

/** A suggestion sent by staff on behalf of their unit. */
export function createSuggestion(body: CreateSuggestionBody): Promise<Suggestion> {
  return api<Suggestion>('/api/suggestions', { method: 'POST', body });
}

export function useCreateSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSuggestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suggestionKeys.lists }),
  });
}
