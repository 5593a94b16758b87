import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function deleteUnit(id: string): Promise<{ ok: true }> {
  return call('deleteUnit', { params: { id } });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
