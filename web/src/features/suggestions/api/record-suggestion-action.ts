import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** 立行立改: records what the unit did about an answered suggestion. */
export function recordSuggestionAction({ id, text }: { id: string; text: string }): Promise<Suggestion> {
  return call('recordSuggestionAction', { params: { id }, body: { text } });
}

export function useRecordSuggestionAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordSuggestionAction, onSuccess: suggestionSaved(queryClient) });
}
