import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** Closes an answered (or published) suggestion. */
export function closeSuggestion(id: string): Promise<Suggestion> {
  return call('closeSuggestion', { params: { id } });
}

export function useCloseSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeSuggestion, onSuccess: suggestionSaved(queryClient) });
}
