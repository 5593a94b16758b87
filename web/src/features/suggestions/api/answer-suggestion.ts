import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** Saves the unit's answer (received → answered; an answer may be corrected until it is public). */
export function answerSuggestion({ id, answer }: { id: string; answer: string }): Promise<Suggestion> {
  return call('answerSuggestion', { params: { id }, body: { answer } });
}

export function useAnswerSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerSuggestion, onSuccess: suggestionSaved(queryClient) });
}
