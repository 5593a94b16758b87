import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { LeadDetail } from '../types';
import { accountabilityKeys } from './query-keys';

/** One lead with attachments, messages and Zeren's proposals (the view is audited). */
export function getLead(id: string): Promise<LeadDetail> {
  return call('getLead', { params: { id } });
}

export function useLead(id: string | undefined) {
  return useQuery({
    queryKey: accountabilityKeys.lead(id ?? ''),
    queryFn: () => getLead(id!),
    enabled: id !== undefined,
  });
}
