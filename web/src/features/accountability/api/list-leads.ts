import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList, usePickerList } from '../../../lib/use-paged-list';
import type { Lead, LeadFilters, LeadQuery } from '../types';
import { accountabilityKeys } from './query-keys';

/** One page of the leads the caller holds, newest first, with today's colour and working days left. */
export function listLeads(query: LeadQuery = {}): Promise<Page<Lead>> {
  return call('listLeads', { query });
}

/** The leads a table pages through. */
export function useLeadsPage(filters: LeadFilters = {}) {
  return usePagedList({ filters, queryKey: accountabilityKeys.leadList, fetch: listLeads });
}

/** Leads for a picker (a merge target): up to 200, searched on the server. */
export function useLeadOptions(filters: Omit<LeadFilters, 'q'> = {}, enabled = true) {
  return usePickerList({ filters, queryKey: accountabilityKeys.leadList, fetch: listLeads, enabled });
}
