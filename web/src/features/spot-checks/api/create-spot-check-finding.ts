import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSpotCheckFindingInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckFinding } from '../types';
import { refreshSpotChecks } from './query-keys';

/** Records a finding at a target. */
export function createSpotCheckFinding({
  targetId,
  ...body
}: CreateSpotCheckFindingInput & { targetId: string }): Promise<SpotCheckFinding> {
  return call('createSpotCheckFinding', { params: { id: targetId }, body });
}

export function useCreateSpotCheckFinding() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSpotCheckFinding, onSuccess: () => refreshSpotChecks(queryClient) });
}
