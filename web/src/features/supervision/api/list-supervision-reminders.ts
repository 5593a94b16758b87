import type { Page } from '@zeren/contracts';
import { call } from '../../../lib/api';
import { usePagedList } from '../../../lib/use-paged-list';
import type { SupervisionReminder, SupervisionReminderFilters, SupervisionReminderQuery } from '../types';
import { supervisionKeys } from './query-keys';

/** One page of the reminders (催办记录) of the items in scope, newest first. */
export function listSupervisionReminders(
  query: SupervisionReminderQuery = {},
): Promise<Page<SupervisionReminder>> {
  return call('listSupervisionReminders', { query });
}

/** The reminders a table pages through. */
export function useSupervisionRemindersPage(filters: SupervisionReminderFilters = {}, enabled = true) {
  return usePagedList({
    filters,
    queryKey: supervisionKeys.reminders,
    fetch: listSupervisionReminders,
    enabled,
  });
}
