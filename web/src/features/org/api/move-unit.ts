import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { orgKeys } from './query-keys';

/** Moves a unit under a new parent; `null` makes it a top-level unit. */
export function moveUnit({ id, parentId }: { id: string; parentId: string | null }): Promise<Unit> {
  return call('moveUnit', { params: { id }, body: { parentId } });
}

export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
