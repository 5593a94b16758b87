import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSpotCheckInspectorInput, UpdateSpotCheckInspectorInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckInspector } from '../types';
import { refreshSpotChecks } from './query-keys';

export type SaveInspectorInput =
  | { id?: undefined; body: CreateSpotCheckInspectorInput }
  | { id: string; body: UpdateSpotCheckInspectorInput };

/** Adds a person to an inspector roster, or edits their certificate and conflicts (or retires them). */
export function saveSpotCheckInspector(input: SaveInspectorInput): Promise<SpotCheckInspector> {
  return input.id === undefined
    ? call('createSpotCheckInspector', { body: input.body })
    : call('updateSpotCheckInspector', { params: { id: input.id }, body: input.body });
}

export function useSaveSpotCheckInspector() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSpotCheckInspector, onSuccess: () => refreshSpotChecks(queryClient) });
}
