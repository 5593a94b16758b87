import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person } from '@zeren/contracts';
import { callItems } from '../../../lib/api';
import { orgKeys } from './query-keys';

export interface PersonFilters {
  unitId?: string | undefined;
  q?: string | undefined;
}

/** Persons in scope; phone and email come masked. */
export function listPersons(filters: PersonFilters = {}): Promise<Person[]> {
  return callItems('listPersons', { query: filters });
}

export function usePersons(filters: PersonFilters = {}, enabled = true) {
  return useQuery({
    queryKey: orgKeys.personList(filters),
    queryFn: () => listPersons(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}
