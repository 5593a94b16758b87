import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person } from '@zeren/contracts';
import { type CallInput, call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type CreatePersonBody = CallInput<'createPerson'>['body'];

export function createPerson(body: CreatePersonBody): Promise<Person> {
  return call('createPerson', { body });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.personLists }),
  });
}
