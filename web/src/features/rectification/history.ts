import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** A deadline given as N working days (kept so that a new holiday schedule recomputes it), or a date. */
const workingDays: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? format(ctx.t.rectification.workingDaysValue, { days: value })
    : value === null
      ? ctx.t.rectification.fixedDate
      : fmt.text(value, ctx);

/** Evidence files by count (the item's page lists them by name). */
const files: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.progress.filesCount, { count: value.length })
    : fmt.text(value, ctx);

/**
 * A rectification item (整改事项): the problem and its measures, each step from entry to sign-off
 * (销号) and the inspection team's confirmation, evidence uploads, and the Excel imports and
 * exports that touched the ledger.
 */
export const rectificationItemRecord: RecordDescriptor = {
  type: 'rectification_item',
  label: (t) => t.rectification.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.rectification.status, format: fmt.label((t) => t.rectificationStatus) },
    problem: { label: (t) => t.rectification.problem, long: true },
    source: { label: (t) => t.rectification.source, format: fmt.label((t) => t.rectificationSource) },
    sourceLabel: { label: (t) => t.rectification.sourceLabel },
    conduct: { label: (t) => t.rectification.conduct, format: fmt.label((t) => t.conduct) },
    measures: { label: (t) => t.rectification.measures, long: true },
    responsiblePerson: { label: (t) => t.rectification.responsiblePerson },
    unitId: { label: (t) => t.rectification.unit, format: fmt.unit },
    dueDate: { label: (t) => t.rectification.dueDate, format: fmt.date },
    dueWorkingDays: { label: (t) => t.rectification.dueWorkingDays, format: workingDays },
    completion: { label: (t) => t.rectification.completion, long: true },
    summary: { label: (t) => t.rectification.completion, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    fileIds: { label: (t) => t.rectification.evidence, format: files },
    importRow: { label: (t) => t.rectification.importRow },
    imported: { label: (t) => t.rectification.importedCount },
    count: { label: (t) => t.rectification.exportedCount },
    // The log names the domain and the source record by id only; the item's page shows them.
    domainId: HIDDEN,
    campaignId: HIDDEN,
    sourceId: HIDDEN,
    ids: HIDDEN,
    filters: HIDDEN,
  },
};
