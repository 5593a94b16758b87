import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { Determination, UpdateDeterminationInput } from '../types';
import { refreshAccountability } from './query-keys';

/** Changes a determination while its case is being verified. */
export function updateDetermination({
  id,
  ...body
}: UpdateDeterminationInput & { id: string }): Promise<Determination> {
  return call('updateDetermination', { params: { id }, body });
}

export function useUpdateDetermination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDetermination,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
