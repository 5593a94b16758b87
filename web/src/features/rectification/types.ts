/** Types of the rectification ledger (整改台账) come from the contracts. */
import type { CreateRectificationItemInput, UpdateRectificationItemInput } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  CONDUCT_LABELS,
  CONDUCT_TYPES,
  type Conduct,
  RECTIFICATION_COLOURS,
  RECTIFICATION_ENTERED_SOURCES,
  RECTIFICATION_ITEM_WORKFLOW,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATUSES,
  type RectificationAction,
  type RectificationColour,
  type RectificationImportRejectedRow,
  type RectificationImportResult,
  type RectificationItem,
  type RectificationItemDetail,
  type RectificationSource,
  type RectificationStatus,
} from '@zeren/contracts';

/** A ledger query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type RectificationQuery = QueryOf<'listRectificationItems'>;
/** The list's filters: the query without its paging. */
export type RectificationFilters = Omit<RectificationQuery, 'limit' | 'after'>;
export type RectificationItemBody = CreateRectificationItemInput;
export type RectificationItemChanges = UpdateRectificationItemInput;
