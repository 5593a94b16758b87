import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { createPersonSchema, Person } from '@zeren/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type CreatePersonBody = z.input<typeof createPersonSchema>;

export function createPerson(body: CreatePersonBody): Promise<Person> {
  return api<Person>('/api/persons', { method: 'POST', body });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.personLists }),
  });
}
