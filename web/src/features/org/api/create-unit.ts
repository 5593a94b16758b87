import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { createUnitSchema, Unit } from '@zeren/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { orgKeys } from './query-keys';

export type CreateUnitBody = z.input<typeof createUnitSchema>;

export function createUnit(body: CreateUnitBody): Promise<Unit> {
  return api<Unit>('/api/units', { method: 'POST', body });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units }),
  });
}
