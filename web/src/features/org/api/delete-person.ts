import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function deletePerson(id: string): Promise<{ ok: true }> {
  return api<{ ok: true }>(`/api/persons/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.personLists }),
  });
}
