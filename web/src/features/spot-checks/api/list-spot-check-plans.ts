import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { SpotCheckPlan, SpotCheckPlanFilters, SpotCheckPlanQuery } from '../types';
import { spotCheckKeys } from './query-keys';

/** One page of the plans in scope, newest first. */
export function listSpotCheckPlans(query: SpotCheckPlanQuery = {}): Promise<Page<SpotCheckPlan>> {
  return call('listSpotCheckPlans', { query });
}

export function useSpotCheckPlansPage(filters: SpotCheckPlanFilters) {
  return usePagedList({ filters, queryKey: spotCheckKeys.plans, fetch: listSpotCheckPlans });
}
