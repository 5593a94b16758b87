import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateDeterminationInput, Determination } from '../types';
import { refreshAccountability } from './query-keys';

/** Determines one person's responsibility and the disposition (measures, sanctions). */
export function createDetermination({
  caseId,
  ...body
}: CreateDeterminationInput & { caseId: string }): Promise<Determination> {
  return call('createDetermination', { params: { id: caseId }, body });
}

export function useCreateDetermination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDetermination,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
