import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';
import type { NoticeSourceKind } from '../types';
import { noticeKeys } from './query-keys';

/** The records a notice of a kind may be composed from, as the caller may read them. */
export function useNoticeSources(kind: NoticeSourceKind | undefined) {
  return useQuery({
    queryKey: noticeKeys.sources(kind ?? ''),
    queryFn: () => call('listNoticeSources', { query: { kind: kind! } }),
    enabled: kind !== undefined,
  });
}
