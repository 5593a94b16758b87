import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { type CallInput, call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type UpdateUnitBody = CallInput<'updateUnit'>['body'];

export function updateUnit({ id, ...body }: UpdateUnitBody & { id: string }): Promise<Unit> {
  return call('updateUnit', { params: { id }, body });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
