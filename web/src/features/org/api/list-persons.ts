import type { Page, Person } from '@zeren/contracts';
import { call, type QueryOf } from '../../../lib/api';
import { usePagedList, usePickerList } from '../../../lib/use-paged-list';
import { orgKeys } from './query-keys';

/** A persons query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type PersonQuery = QueryOf<'listPersons'>;
/** The persons list's filters: the query without its paging. */
export type PersonFilters = Omit<PersonQuery, 'limit' | 'after'>;

/** One page of the persons in scope, by name; phone and email come masked. */
export function listPersons(query: PersonQuery = {}): Promise<Page<Person>> {
  return call('listPersons', { query });
}

/** The persons list a table pages through. */
export function usePersonsPage(filters: PersonFilters = {}) {
  return usePagedList({ filters, queryKey: orgKeys.personList, fetch: listPersons });
}

/** Persons for a picker (of one unit, or all in scope): up to 200, searched by name or position on the server. */
export function usePersonOptions(filters: Omit<PersonFilters, 'q'> = {}, enabled = true) {
  return usePickerList({ filters, queryKey: orgKeys.personList, fetch: listPersons, enabled });
}
