import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { ExemptionRequest } from '../types';
import { refreshAccountability } from './query-keys';

/** Uploads the evidence for the case's unit, then requests fault tolerance (容错) for a determination. */
export async function requestExemption(input: {
  determinationId: string;
  unitId: string;
  ground: ExemptionRequest['ground'];
  statement: string;
  files: File[];
}): Promise<ExemptionRequest> {
  const fileIds: string[] = [];
  for (const file of input.files) fileIds.push((await uploadFile(input.unitId, file)).id);
  return call('requestExemption', {
    params: { id: input.determinationId },
    body: { ground: input.ground, statement: input.statement, fileIds },
  });
}

export function useRequestExemption() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestExemption, onSuccess: () => refreshAccountability(queryClient) });
}
