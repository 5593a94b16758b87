import { unitsQueryKey } from '../../../lib/list-units';

/** Query keys of the org feature; invalidating a prefix refreshes every list under it. */
export const orgKeys = {
  units: unitsQueryKey,
  /** Person lists only: invalidating them must not refetch (and re-log) a person's full record. */
  personLists: ['persons', 'list'] as const,
  personList: (filters: object) => [...orgKeys.personLists, filters] as const,
  person: (id: string) => ['persons', 'detail', id] as const,
  accounts: ['accounts'] as const,
  accountList: (filters: object) => [...orgKeys.accounts, 'list', filters] as const,
  account: (id: string) => [...orgKeys.accounts, 'detail', id] as const,
};
