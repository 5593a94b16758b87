import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { RectificationItemDetail } from '../types';
import { refreshRectification } from './query-keys';

/** Uploads files for the item's unit and attaches them to the item as its evidence. */
export async function addRectificationEvidence(input: {
  id: string;
  unitId: string;
  files: File[];
}): Promise<RectificationItemDetail> {
  const stored = [];
  for (const file of input.files) stored.push(await uploadFile(input.unitId, file));
  return call('addRectificationEvidence', {
    params: { id: input.id },
    body: { fileIds: stored.map((f) => f.id) },
  });
}

export function useAddRectificationEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRectificationEvidence,
    onSuccess: () => refreshRectification(queryClient),
  });
}
