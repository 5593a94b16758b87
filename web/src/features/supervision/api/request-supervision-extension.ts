import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { ExtensionRequestInput } from '../../../lib/extensions';
import type { SupervisionItemDetail } from '../types';
import { refreshSupervision } from './query-keys';

/** 申请延期: asks the assigning unit for a later deadline (a date or N working days), with a reason. */
export function requestSupervisionExtension({
  id,
  ...body
}: ExtensionRequestInput): Promise<SupervisionItemDetail> {
  return call('requestSupervisionExtension', { params: { id }, body });
}

export function useRequestSupervisionExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestSupervisionExtension,
    onSuccess: () => refreshSupervision(queryClient),
  });
}
