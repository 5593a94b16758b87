import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignKeys } from './query-keys';

export function deleteDomain(id: string): Promise<unknown> {
  return api<unknown>(`/api/campaign-domains/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDomain,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
