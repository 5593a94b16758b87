/** Types of the power and responsibility lists come from the contracts (contracts/src/duties.ts). */
import type {
  CreateDutyItemInput,
  DutyImportRejectedRow,
  DutyImportResult,
  DutyItemKind,
  DutyItemListQuery,
  DutyItemVersion,
} from '@zeren/contracts';

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

/** The list filters; the kind is the page's tab and always set. */
export type DutyItemFilters = DutyItemListQuery & { kind: DutyItemKind };

export type ImportRejectedRow = DutyImportRejectedRow;
export type ImportReport = DutyImportResult;
