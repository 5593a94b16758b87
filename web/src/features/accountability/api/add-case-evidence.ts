import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { CaseDetail } from '../types';
import { refreshAccountability } from './query-keys';

/** Uploads evidence (interview records, documents) for the handling unit and attaches it to the case. */
export async function addCaseEvidence(input: {
  id: string;
  unitId: string;
  files: File[];
}): Promise<CaseDetail> {
  const stored = [];
  for (const file of input.files) stored.push(await uploadFile(input.unitId, file));
  return call('addCaseEvidence', { params: { id: input.id }, body: { fileIds: stored.map((f) => f.id) } });
}

export function useAddCaseEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addCaseEvidence, onSuccess: () => refreshAccountability(queryClient) });
}
