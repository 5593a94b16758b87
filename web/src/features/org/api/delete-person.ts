import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export function deletePerson(id: string): Promise<{ ok: true }> {
  return call('deletePerson', { params: { id } });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.personLists }),
  });
}
