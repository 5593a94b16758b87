import { fmt, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

const text = (long = false) => ({ long });

/** A power or responsibility list item: its versions' content and their workflow. */
export const dutyItemRecord: RecordDescriptor = {
  type: 'duty_item',
  label: (t) => t.dutyItem.record,
  fields: {
    // The approval queue's export (its operation and filters); `count` is labelled below.
    ...LIST_EXPORT_FIELDS,
    version: { label: (t) => t.dutyItem.version, format: fmt.version },
    status: { label: (t) => t.dutyItem.status, format: fmt.label((t) => t.dutyStatus) },
    opinion: { label: (t) => t.dutyItem.opinion, ...text(true) },
    reason: { label: (t) => t.dutyItem.returnReason, ...text(true) },
    returnReason: { label: (t) => t.dutyItem.returnReason, ...text(true) },
    reviewOpinion: { label: (t) => t.dutyItem.opinion, ...text(true) },
    publishedVersion: { label: (t) => t.dutyItem.publishedVersion, format: fmt.version },
    superseded: { label: (t) => t.dutyItem.superseded, format: fmt.version },
    fromVersion: { label: (t) => t.dutyItem.fromVersion, format: fmt.version },
    kind: { label: (t) => t.dutyItem.kindLabel, format: fmt.label((t) => t.dutyItem.kind) },
    code: { label: (t) => t.dutyItem.code },
    parentItemId: { label: (t) => t.dutyItem.parentItem },
    name: { label: (t) => t.dutyItem.name },
    category: { label: (t) => t.dutyItem.category, format: fmt.label((t) => t.dutyCategory) },
    legalBasis: { label: (t) => t.dutyItem.legalBasis, ...text(true) },
    implementingBody: { label: (t) => t.dutyItem.implementingBody },
    handlingOffice: { label: (t) => t.dutyItem.handlingOffice },
    responsibilities: { label: (t) => t.dutyItem.responsibilities, ...text(true) },
    accountabilityConditions: { label: (t) => t.dutyItem.accountabilityConditions, ...text(true) },
    accountabilityBasis: { label: (t) => t.dutyItem.accountabilityBasis, ...text(true) },
    remarks: { label: (t) => t.dutyItem.remarks, ...text(true) },
    submittedAt: { label: (t) => t.dutyItem.submittedAt, format: fmt.dateTime },
    reviewedAt: { label: (t) => t.dutyItem.reviewedAt, format: fmt.dateTime },
    publishedAt: { label: (t) => t.dutyItem.publishedAt, format: fmt.dateTime },
    itemDeleted: { label: (t) => t.dutyItem.itemDeleted, format: fmt.bool },
    // Imports and exports (logged on the record type, not on one item).
    mode: { label: (t) => t.dutyItem.excel.mode },
    imported: { label: (t) => t.dutyItem.excel.importedCount },
    codes: { label: (t) => t.dutyItem.code, format: fmt.list() },
    rejectedRows: { label: (t) => t.dutyItem.excel.row, format: fmt.list() },
    unitId: { label: (t) => t.dutyItem.unit, format: fmt.unit },
    count: { label: (t) => t.dutyItem.excel.count },
  },
};
