import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { type CallInput, call } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type CreateUnitBody = CallInput<'createUnit'>['body'];

export function createUnit(body: CreateUnitBody): Promise<Unit> {
  return call('createUnit', { body });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
