import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { Exemplar, ExemplarFilters, ExemplarQuery } from '../types';
import { evaluationKeys } from './query-keys';

/** One page of the exemplars nominated by units in scope, newest first. */
export function listExemplars(query: ExemplarQuery = {}): Promise<Page<Exemplar>> {
  return call('listExemplars', { query });
}

export function useExemplarsPage(filters: ExemplarFilters = {}) {
  return usePagedList({ filters, queryKey: evaluationKeys.exemplars, fetch: listExemplars });
}
