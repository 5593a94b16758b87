import type { QueryClient } from '@tanstack/react-query';
import type { Suggestion } from '../types';

/** Query keys of the suggestions inbox. Lists carry masked contacts; a detail is a logged view. */
export const suggestionKeys = {
  all: ['suggestions'] as const,
  lists: ['suggestions', 'list'] as const,
  list: (filters: object) => [...suggestionKeys.lists, filters] as const,
  detail: (id: string) => ['suggestions', 'detail', id] as const,
};

/**
 * After answer, publish or close: the workflow fields of the response are merged into the open
 * detail (its contact stays as loaded, without a second logged view) and the lists are refetched.
 */
export function suggestionSaved(queryClient: QueryClient) {
  return (saved: Partial<Suggestion> | undefined, variables: string | { id: string }) => {
    const id = typeof variables === 'string' ? variables : variables.id;
    if (saved && typeof saved === 'object') {
      const { status, answer, answeredAt, isPublic, publishedAt, updatedAt } = saved;
      const changes = Object.fromEntries(
        Object.entries({ status, answer, answeredAt, isPublic, publishedAt, updatedAt }).filter(
          ([, value]) => value !== undefined,
        ),
      );
      queryClient.setQueryData<Suggestion>(suggestionKeys.detail(id), (old) => old && { ...old, ...changes });
    }
    return queryClient.invalidateQueries({ queryKey: suggestionKeys.lists });
  };
}
