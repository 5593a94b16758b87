import { format } from '../../i18n/format';
import { fmt, HIDDEN, type RecordDescriptor } from '../../lib/history';

/** A key task: its three lists (target, deadline, responsible officials) and its progress. */
export const keyTaskRecord: RecordDescriptor = {
  type: 'key_task',
  label: (t) => t.keyTask.record,
  fields: {
    title: { label: (t) => t.keyTask.title },
    target: { label: (t) => t.keyTask.target, long: true },
    dueDate: { label: (t) => t.keyTask.dueDate, format: fmt.date },
    responsiblePersons: { label: (t) => t.keyTask.responsiblePersons, format: fmt.list() },
    responsiblePersonIds: {
      label: (t) => t.keyTask.responsiblePersons,
      format: fmt.list(fmt.person),
      namedBy: 'responsiblePersons',
    },
    unitId: { label: (t) => t.keyTask.unit, format: fmt.unit },
    domainTitle: { label: (t) => t.keyTask.domain },
    domainId: { label: (t) => t.keyTask.domain, namedBy: 'domainTitle' },
    parentId: { label: (t) => t.keyTask.parent },
    progress: { label: (t) => t.keyTask.progress, format: fmt.percent },
    note: { label: (t) => t.keyTask.note, long: true },
    fileIds: {
      label: (t) => t.keyTask.evidence,
      format: (value, ctx) =>
        Array.isArray(value) && value.length > 0
          ? format(ctx.t.keyTask.filesCount, { count: value.length })
          : fmt.text(value, ctx),
    },
    campaignId: HIDDEN,
    progressId: HIDDEN,
  },
};
