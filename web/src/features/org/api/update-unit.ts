import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, updateUnitSchema } from '@zeren/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type UpdateUnitBody = z.input<typeof updateUnitSchema>;

export function updateUnit({ id, ...body }: UpdateUnitBody & { id: string }): Promise<Unit> {
  return api<Unit>(`/api/units/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
