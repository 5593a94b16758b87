import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordSpotCheckResultInput } from '@zeren/contracts';
import { call } from '../../../lib/api';
import type { SpotCheckTarget } from '../types';
import { refreshSpotChecks } from './query-keys';

/** Records (or corrects) a target's result: one of its inspectors, while the plan is in progress. */
export function recordSpotCheckResult({
  id,
  ...body
}: RecordSpotCheckResultInput & { id: string }): Promise<SpotCheckTarget> {
  return call('recordSpotCheckResult', { params: { id }, body });
}

export function useRecordSpotCheckResult() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordSpotCheckResult, onSuccess: () => refreshSpotChecks(queryClient) });
}
