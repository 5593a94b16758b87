import { useQuery } from '@tanstack/react-query';
import type { Person } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** One person with phone and email in full; the server records the view in the audit log. */
export function getPerson(id: string): Promise<Person> {
  return call('viewPerson', { params: { id } });
}

export function usePerson(id: string | null) {
  return useQuery({
    queryKey: orgKeys.person(id ?? ''),
    queryFn: () => getPerson(id!),
    enabled: id !== null,
    // Every look at personal data is a logged view: do not refetch behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}
