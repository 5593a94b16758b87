import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import type { CreateLeadInput, Lead } from '../types';
import { refreshAccountability } from './query-keys';

export type NewLead = Omit<CreateLeadInput, 'fileIds'> & {
  /** Files to upload for the receiving unit and attach. */
  files: File[];
  /** The unit the files are stored for (the receiving unit). */
  fileUnitId: string | undefined;
};

/** Uploads the attachments, then registers a lead from a non-public source. */
export async function createLead({ files, fileUnitId, ...body }: NewLead): Promise<Lead> {
  const fileIds: string[] = [];
  if (files.length > 0 && fileUnitId)
    for (const file of files) fileIds.push((await uploadFile(fileUnitId, file)).id);
  return call('createLead', { body: { ...body, fileIds } });
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createLead, onSuccess: () => refreshAccountability(queryClient) });
}
