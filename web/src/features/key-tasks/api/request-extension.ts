import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestExtensionInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { KeyTaskDetail } from '../types';
import { keyTaskKeys } from './query-keys';

/** 申请延期: asks the unit that set the task for a later deadline (a date or N working days), with a reason. */
export function requestExtension({
  id,
  ...body
}: RequestExtensionInput & { id: string }): Promise<KeyTaskDetail> {
  return call('requestKeyTaskExtension', { params: { id }, body });
}

export function useRequestExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestExtension,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyTaskKeys.all }),
  });
}
