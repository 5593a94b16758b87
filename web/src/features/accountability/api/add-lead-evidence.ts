import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { LeadDetail } from '../types';
import { refreshAccountability } from './query-keys';

/** Uploads files for the lead's unit and attaches them to the lead. */
export async function addLeadEvidence(input: {
  id: string;
  unitId: string;
  files: File[];
}): Promise<LeadDetail> {
  const stored = [];
  for (const file of input.files) stored.push(await uploadFile(input.unitId, file));
  return call('addLeadEvidence', { params: { id: input.id }, body: { fileIds: stored.map((f) => f.id) } });
}

export function useAddLeadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addLeadEvidence, onSuccess: () => refreshAccountability(queryClient) });
}
