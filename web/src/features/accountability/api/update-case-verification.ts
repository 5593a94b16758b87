import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateVerificationInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { CaseDetail } from '../types';
import { refreshAccountability } from './query-keys';

/** Records the verification (核查): interviews, findings, conclusion. */
export function updateCaseVerification({
  id,
  ...body
}: UpdateVerificationInput & { id: string }): Promise<CaseDetail> {
  return call('updateCaseVerification', { params: { id }, body });
}

export function useUpdateCaseVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCaseVerification,
    onSuccess: () => refreshAccountability(queryClient),
  });
}
