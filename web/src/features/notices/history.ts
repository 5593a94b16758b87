import { fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/**
 * A notice (通报): drafted (by hand or from records), edited, submitted, returned or approved by
 * someone else, issued with its number, and each Word download.
 */
export const noticeRecord: RecordDescriptor = {
  type: 'notice',
  label: (t) => t.notices.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.notices.status, format: fmt.label((t) => t.noticeStatus) },
    kind: { label: (t) => t.notices.kind, format: fmt.label((t) => t.noticeKind) },
    visibility: { label: (t) => t.notices.visibility, format: fmt.label((t) => t.noticeVisibility) },
    unitId: { label: (t) => t.notices.unit, format: fmt.unit },
    issuer: { label: (t) => t.notices.issuer },
    title: { label: (t) => t.notices.title },
    recipients: { label: (t) => t.notices.recipients, long: true },
    body: { label: (t) => t.notices.body, long: true },
    signature: { label: (t) => t.notices.signature },
    date: { label: (t) => t.notices.date, format: fmt.date },
    cc: { label: (t) => t.notices.cc, format: fmt.list() },
    sourceKind: { label: (t) => t.notices.sourceKind, format: fmt.label((t) => t.noticeKind) },
    sourceLabels: { label: (t) => t.notices.sources, format: fmt.list() },
    documentNumber: { label: (t) => t.notices.documentNumber },
    prefix: { label: (t) => t.notices.prefix },
    format: { label: (t) => t.notices.exportedCount },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    campaignId: HIDDEN,
    sourceIds: HIDDEN,
  },
};
