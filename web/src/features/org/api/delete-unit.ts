import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function deleteUnit(id: string): Promise<{ ok: true }> {
  return api<{ ok: true }>(`/api/units/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
