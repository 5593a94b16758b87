import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DrawSpotCheckPlanInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckPlan } from '../types';
import { refreshSpotChecks } from './query-keys';

/**
 * One step of SPOT_CHECK_PLAN_WORKFLOW, each its own route (`POST /api/spot-checks/plans/:id/{action}`);
 * the draw takes the public value.
 */
export type SpotCheckActionInput =
  | { id: string; action: 'commit' | 'start' | 'complete' | 'publish' }
  | { id: string; action: 'draw'; body: DrawSpotCheckPlanInput };

export function runSpotCheckAction(input: SpotCheckActionInput): Promise<SpotCheckPlan> {
  const params = { id: input.id };
  switch (input.action) {
    case 'commit':
      return call('commitSpotCheckPlan', { params });
    case 'draw':
      return call('drawSpotCheckPlan', { params, body: input.body });
    case 'start':
      return call('startSpotCheckPlan', { params });
    case 'complete':
      return call('completeSpotCheckPlan', { params });
    case 'publish':
      return call('publishSpotCheckPlan', { params });
  }
}

export function useSpotCheckAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runSpotCheckAction, onSuccess: () => refreshSpotChecks(queryClient) });
}
