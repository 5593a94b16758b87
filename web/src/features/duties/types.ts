/** Types of the power and responsibility lists come from the contracts (contracts/src/duties.ts). */
import type {
  CreateDutyItemInput,
  DutyImportRejectedRow,
  DutyImportResult,
  DutyItemKind,
  DutyItemVersion,
} from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  DUTY_CATEGORIES,
  DUTY_ITEM_KINDS,
  DUTY_ITEM_STATUSES,
  DUTY_ITEM_WORKFLOW,
  DUTY_TEXT_LIMITS,
  type DutyCategory,
  type DutyItem,
  type DutyItemAction,
  type DutyItemDetail,
  type DutyItemKind,
  type DutyItemStatus,
  type DutyItemVersion,
} from '@zeren/contracts';

/** The content fields of a version, editable while it is a draft or returned. */
export type DutyItemContent = Pick<
  DutyItemVersion,
  | 'name'
  | 'category'
  | 'legalBasis'
  | 'implementingBody'
  | 'handlingOffice'
  | 'responsibilities'
  | 'accountabilityConditions'
  | 'accountabilityBasis'
  | 'remarks'
>;

export type CreateDutyItemBody = CreateDutyItemInput;

/** A duty items query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type DutyItemQuery = QueryOf<'listDutyItems'>;
/** The list filters, without the paging; the kind is the page's tab and always set. */
export type DutyItemFilters = Omit<DutyItemQuery, 'limit' | 'after'> & { kind: DutyItemKind };

export type ImportRejectedRow = DutyImportRejectedRow;
export type ImportReport = DutyImportResult;
