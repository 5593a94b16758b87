import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** Makes an answered suggestion public on the portal, or withdraws it. */
export function publishSuggestion({ id, publish }: { id: string; publish: boolean }): Promise<Suggestion> {
  return api<Suggestion>(`/api/suggestions/${encodeURIComponent(id)}/publish`, {
    method: 'POST',
    body: { publish },
  });
}

export function usePublishSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishSuggestion, onSuccess: suggestionSaved(queryClient) });
}
