import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSpotCheckRosterTargetInput, UpdateSpotCheckRosterTargetInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckRosterTarget } from '../types';
import { refreshSpotChecks } from './query-keys';

export type SaveRosterTargetInput =
  | { id?: undefined; body: CreateSpotCheckRosterTargetInput }
  | { id: string; body: UpdateSpotCheckRosterTargetInput };

/** Adds a unit to a target roster, or edits (or retires) an entry. */
export function saveSpotCheckRosterTarget(input: SaveRosterTargetInput): Promise<SpotCheckRosterTarget> {
  return input.id === undefined
    ? call('createSpotCheckRosterTarget', { body: input.body })
    : call('updateSpotCheckRosterTarget', { params: { id: input.id }, body: input.body });
}

export function useSaveSpotCheckRosterTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSpotCheckRosterTarget,
    onSuccess: () => refreshSpotChecks(queryClient),
  });
}
