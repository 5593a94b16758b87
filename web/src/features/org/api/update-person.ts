import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person, updatePersonSchema } from '@zeren/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type UpdatePersonBody = z.input<typeof updatePersonSchema>;

export function updatePerson({ id, ...body }: UpdatePersonBody & { id: string }): Promise<Person> {
  return api<Person>(`/api/persons/${encodeURIComponent(id)}`, { method: 'PATCH', body });
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
