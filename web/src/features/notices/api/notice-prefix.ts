import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { noticeKeys } from './query-keys';

/** An issuing unit's 机关代字 (set, or derived from the names). */
export function useNoticePrefix(unitId: string | undefined) {
  return useQuery({
    queryKey: noticeKeys.prefix(unitId ?? ''),
    queryFn: () => call('getNoticePrefix', { query: { unitId: unitId! } }),
    enabled: unitId !== undefined,
  });
}

export function useSetNoticePrefix() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; prefix: string }) => call('setNoticePrefix', { body }),
    onSuccess: (prefix) => queryClient.setQueryData(noticeKeys.prefix(prefix.unitId), prefix),
  });
}
