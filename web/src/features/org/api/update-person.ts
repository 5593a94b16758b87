import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person } from '@zeren/contracts';
import { type CallInput, call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type UpdatePersonBody = CallInput<'updatePerson'>['body'];

export function updatePerson({ id, ...body }: UpdatePersonBody & { id: string }): Promise<Person> {
  return call('updatePerson', { params: { id }, body });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => {
      queryClient.setQueryData(orgKeys.person(person.id), person);
      return queryClient.invalidateQueries({ queryKey: orgKeys.personLists });
    },
  });
}
