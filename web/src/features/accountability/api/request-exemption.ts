import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { ExemptionRequest } from '../types';
import { refreshAccountability } from './query-keys';

/**
 * Uploads the evidence, then requests fault tolerance (容错) for a determination: by the case's
 * handler (evidence of the case's unit), or by the unit of the person concerned (申请容错免责,
 * evidence of the person's unit).
 */
export async function requestExemption(input: {
  determinationId: string;
  unitId: string;
  byUnit?: boolean;
  ground: ExemptionRequest['ground'];
  statement: string;
  files: File[];
}): Promise<void> {
  const fileIds: string[] = [];
  for (const file of input.files) fileIds.push((await uploadFile(input.unitId, file)).id);
  const request = {
    params: { id: input.determinationId },
    body: { ground: input.ground, statement: input.statement, fileIds },
  };
  if (input.byUnit) await call('applyForExemption', request);
  else await call('requestExemption', request);
}

export function useRequestExemption() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestExemption, onSuccess: () => refreshAccountability(queryClient) });
}
