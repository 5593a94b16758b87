import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person } from '@zeren/contracts';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export interface PersonFilters {
  unitId?: string | undefined;
  q?: string | undefined;
}

/** Persons in scope; phone and email come masked. */
export async function listPersons(filters: PersonFilters = {}): Promise<Person[]> {
  return (await api<{ items: Person[] }>('/api/persons', { query: { ...filters } })).items;
}

export function usePersons(filters: PersonFilters = {}) {
  return useQuery({
    queryKey: orgKeys.personList(filters),
    queryFn: () => listPersons(filters),
    placeholderData: keepPreviousData,
  });
}
