import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DutyItemVersion } from '../types';
import { dutyKeys } from './query-keys';

/** Starts a new draft version copying the published one. */
export function createDutyItemVersion(id: string): Promise<DutyItemVersion> {
  return api<DutyItemVersion>(`/api/duty-items/${encodeURIComponent(id)}/versions`, { method: 'POST' });
}

export function useCreateDutyItemVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDutyItemVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
}
