import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Suggestion } from '../types';
import { suggestionSaved } from './query-keys';

/** Makes an answered suggestion public on the portal (publish), or takes it back (unpublish). */
export function publishSuggestion({ id, publish }: { id: string; publish: boolean }): Promise<Suggestion> {
  return publish
    ? call('publishSuggestion', { params: { id } })
    : call('unpublishSuggestion', { params: { id } });
}

export function usePublishSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishSuggestion, onSuccess: suggestionSaved(queryClient) });
}
