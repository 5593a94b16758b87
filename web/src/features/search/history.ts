import { fmt, type RecordDescriptor } from '../../lib/history';

/** A search, as its event reads in the audit log: the query, the filters and how many matched (never the results). */
export const searchRecord: RecordDescriptor = {
  type: 'search',
  label: (t) => t.search.record,
  fields: {
    q: { label: (t) => t.search.query },
    filters: { label: (t) => t.search.filters },
    count: { label: (t) => t.search.resultCount },
    countExact: { label: (t) => t.search.countExact, format: fmt.bool },
  },
};
