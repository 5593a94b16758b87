import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { CreateSpotCheckPlanInput, SpotCheckPlan, UpdateSpotCheckPlanInput } from '../types';
import { refreshSpotChecks } from './query-keys';

export type SavePlanInput =
  | { id?: undefined; body: CreateSpotCheckPlanInput }
  | { id: string; body: UpdateSpotCheckPlanInput };

/** Drafts a plan, or edits a draft. */
export function saveSpotCheckPlan(input: SavePlanInput): Promise<SpotCheckPlan> {
  return input.id === undefined
    ? call('createSpotCheckPlan', { body: input.body })
    : call('updateSpotCheckPlan', { params: { id: input.id }, body: input.body });
}

export function useSaveSpotCheckPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSpotCheckPlan, onSuccess: () => refreshSpotChecks(queryClient) });
}
