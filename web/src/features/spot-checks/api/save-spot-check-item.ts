import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSpotCheckItemInput, UpdateSpotCheckItemInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckItem } from '../types';
import { refreshSpotChecks } from './query-keys';

export type SaveItemInput =
  | { id?: undefined; body: CreateSpotCheckItemInput }
  | { id: string; body: UpdateSpotCheckItemInput };

/** Adds a check item to a list, or edits (or retires) one. */
export function saveSpotCheckItem(input: SaveItemInput): Promise<SpotCheckItem> {
  return input.id === undefined
    ? call('createSpotCheckItem', { body: input.body })
    : call('updateSpotCheckItem', { params: { id: input.id }, body: input.body });
}

export function useSaveSpotCheckItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSpotCheckItem, onSuccess: () => refreshSpotChecks(queryClient) });
}
