import type { SearchMessages } from './zh-CN';

export const enUS: SearchMessages = {
  nav: {
    search: 'Search',
  },
  search: {
    box: 'Search leads, cases, supervision, ledger, tasks, power items, suggestions, notices',
    boxShort: 'Search',
    submit: 'Search',
    title: 'Search results',
    intro:
      'Searches the records you may read; every word separated by spaces must occur, each word at least two characters.',
    type: 'Type',
    allTypes: 'All types',
    unit: 'Unit',
    allUnits: 'All units',
    domain: 'Domain',
    allDomains: 'All domains',
    status: 'Status',
    allStatuses: 'All statuses',
    from: 'From',
    to: 'To',
    empty: 'No matching records',
    prompt: 'Type the words to search for',
    tooShort: 'Type at least one word of two characters or more',
    record: 'Search',
    query: 'Query',
    filters: 'Filters',
    resultCount: 'Matches',
    countExact: 'Count exact',
  },
  auditAction: {
    'search.performed': 'Searched',
  },
};
