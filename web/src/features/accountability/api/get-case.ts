import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CaseDetail } from '../types';
import { accountabilityKeys } from './query-keys';

/** One case: its lead, verification, the six requirements, determinations, linked inquiries. */
export function getCase(id: string): Promise<CaseDetail> {
  return call('getCase', { params: { id } });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: accountabilityKeys.case(id ?? ''),
    queryFn: () => getCase(id!),
    enabled: id !== undefined,
  });
}
