/** Types of the notices (通报) come from the contracts. */
import type { QueryOf } from '../../lib/api';

export {
  NOTICE_KINDS,
  NOTICE_STATUSES,
  NOTICE_VISIBILITIES,
  NOTICE_WORKFLOW,
  type Notice,
  type NoticeAction,
  type NoticeKind,
  type NoticePrefix,
  type NoticeSection,
  type NoticeSourceCandidate,
  type NoticeSourceKind,
  type NoticeStatus,
  type NoticeVisibility,
  noticeText,
  parseNoticeText,
} from '@zeren/contracts';

/** A list query as the caller writes it (`limit` and `after` optional). */
export type NoticeQuery = QueryOf<'listNotices'>;
/** The list's filters: the query without its paging. */
export type NoticeFilters = Omit<NoticeQuery, 'limit' | 'after'>;
