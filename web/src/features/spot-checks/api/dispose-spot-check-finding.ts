import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DisposeSpotCheckFindingInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckFinding } from '../types';
import { refreshSpotChecks } from './query-keys';

/** A finding becomes a rectification ledger item or a transfer to the supervision department. */
export function disposeSpotCheckFinding({
  id,
  ...body
}: DisposeSpotCheckFindingInput & { id: string }): Promise<SpotCheckFinding> {
  return call('disposeSpotCheckFinding', { params: { id }, body });
}

export function useDisposeSpotCheckFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disposeSpotCheckFinding,
    onSuccess: () => refreshSpotChecks(queryClient),
  });
}
