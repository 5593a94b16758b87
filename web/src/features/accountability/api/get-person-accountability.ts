import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { accountabilityKeys } from './query-keys';

/** A person's accountability record: decided determinations, active and lapsed sanctions (audited). */
export function getPersonAccountability(personId: string) {
  return call('getPersonAccountability', { params: { id: personId } });
}

export type PersonAccountability = Awaited<ReturnType<typeof getPersonAccountability>>;

export function usePersonAccountability(personId: string | null) {
  return useQuery({
    queryKey: accountabilityKeys.person(personId ?? ''),
    queryFn: () => getPersonAccountability(personId!),
    enabled: personId !== null,
  });
}
