import { format } from '../../i18n/format';
import { extensionRecord } from '../../lib/extensions';
import { fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** A key task: its three lists (target, deadline, responsible officials) and its progress. */
export const keyTaskRecord: RecordDescriptor = {
  type: 'key_task',
  label: (t) => t.keyTask.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    title: { label: (t) => t.keyTask.title },
    target: { label: (t) => t.keyTask.target, long: true },
    dueDate: { label: (t) => t.keyTask.dueDate, format: fmt.date },
    dueWorkingDays: {
      label: (t) => t.keyTask.dueWorkingDays,
      format: (value, ctx) =>
        typeof value === 'number'
          ? format(ctx.t.keyTask.workingDaysValue, { days: value })
          : value === null
            ? ctx.t.keyTask.fixedDate
            : fmt.text(value, ctx),
    },
    responsiblePersons: { label: (t) => t.keyTask.responsiblePersons, format: fmt.list() },
    responsiblePersonIds: {
      label: (t) => t.keyTask.responsiblePersons,
      format: fmt.list(fmt.person),
      namedBy: 'responsiblePersons',
    },
    unitId: { label: (t) => t.keyTask.unit, format: fmt.unit },
    setByUnitId: { label: (t) => t.keyTask.setBy, format: fmt.unit },
    domainTitle: { label: (t) => t.keyTask.domain },
    domainId: { label: (t) => t.keyTask.domain, namedBy: 'domainTitle' },
    parentId: { label: (t) => t.keyTask.parent },
    progress: { label: (t) => t.keyTask.progress, format: fmt.percent },
    note: { label: (t) => t.progress.note, long: true },
    fileIds: {
      label: (t) => t.progress.evidence,
      format: (value, ctx) =>
        Array.isArray(value) && value.length > 0
          ? format(ctx.t.progress.filesCount, { count: value.length })
          : fmt.text(value, ctx),
    },
    campaignId: HIDDEN,
    progressId: HIDDEN,
  },
};

/**
 * An extension request (延期申请) of a key task: its events show in the task's history, the
 * request naming the task it is about.
 */
export const keyTaskExtensionRecord = extensionRecord('key_task_extension');
