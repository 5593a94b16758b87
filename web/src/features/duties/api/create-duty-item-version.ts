import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { DutyItem } from '../types';
import { dutyKeys } from './query-keys';

/** Starts a new draft version copying the published one. */
export function createDutyItemVersion(id: string): Promise<DutyItem> {
  return call('startDutyItemVersion', { params: { id } });
}

export function useCreateDutyItemVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDutyItemVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
