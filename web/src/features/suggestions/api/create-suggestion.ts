import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateSuggestionBody, Suggestion } from '../types';
import { suggestionKeys } from './query-keys';

/** A suggestion sent by staff on behalf of their unit. */
export function createSuggestion(body: CreateSuggestionBody): Promise<Suggestion> {
  return call('createSuggestion', { body });
}

export function useCreateSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSuggestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suggestionKeys.lists }),
  });
}
