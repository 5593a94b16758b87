import { format } from '../../i18n/format';
import { extensionRecord } from '../../lib/extensions';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** The milestones as the log stores them, `[{ title, dueDate }]`: 方案制定（2026年7月1日）、… */
const milestones: Formatter = (value, ctx) =>
  Array.isArray(value)
    ? value
        .map((milestone: { title?: unknown; dueDate?: unknown }) =>
          format(ctx.t.supervision.milestoneValue, {
            title: String(milestone.title ?? ''),
            date: fmt.date(milestone.dueDate, ctx),
          }),
        )
        .join(ctx.t.history.listSeparator) || ctx.t.history.emptyValue
    : fmt.text(value, ctx);

/** The responsible person, by name when the page knows them (the item's current one). */
const person: Formatter = (value, ctx) =>
  typeof value === 'string' && value !== ''
    ? (ctx.personName(value) ?? ctx.t.supervision.otherPerson)
    : fmt.text(value, ctx);

/**
 * A supervision item (督办事项): what was assigned to whom by when, each step of its lifecycle,
 * progress reports, reminders (催办) and the escalation steps the job reached (三色督办).
 */
export const supervisionItemRecord: RecordDescriptor = {
  type: 'supervision_item',
  label: (t) => t.supervision.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.supervision.status, format: fmt.label((t) => t.supervisionStatus) },
    code: { label: (t) => t.supervision.code },
    title: { label: (t) => t.supervision.title },
    source: { label: (t) => t.supervision.source, format: fmt.label((t) => t.supervisionSource) },
    instruction: { label: (t) => t.supervision.instruction, long: true },
    instructingLeader: { label: (t) => t.supervision.instructingLeader },
    task: { label: (t) => t.supervision.task, long: true },
    unitId: { label: (t) => t.supervision.unit, format: fmt.unit },
    responsiblePersonId: { label: (t) => t.supervision.responsiblePerson, format: person },
    assignedByUnitId: { label: (t) => t.supervision.assignedBy, format: fmt.unit },
    dueDate: { label: (t) => t.supervision.dueDate, format: fmt.date },
    dueWorkingDays: {
      label: (t) => t.supervision.dueWorkingDays,
      format: (value, ctx) =>
        typeof value === 'number'
          ? format(ctx.t.supervision.workingDaysValue, { days: value })
          : value === null
            ? ctx.t.supervision.fixedDate
            : fmt.text(value, ctx),
    },
    milestones: { label: (t) => t.supervision.milestones, format: milestones },
    progress: { label: (t) => t.supervision.progress, format: fmt.percent },
    note: { label: (t) => t.progress.note, long: true },
    fileIds: {
      label: (t) => t.progress.evidence,
      format: (value, ctx) =>
        Array.isArray(value) && value.length > 0
          ? format(ctx.t.progress.filesCount, { count: value.length })
          : fmt.text(value, ctx),
    },
    summary: { label: (t) => t.supervision.summary, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    message: { label: (t) => t.supervision.message, long: true },
    step: { label: (t) => t.supervision.escalations, format: fmt.label((t) => t.escalationStep) },
    colour: { label: (t) => t.supervision.colour, format: fmt.label((t) => t.supervisionColour) },
    workingDaysOverdue: { label: (t) => t.supervision.workingDaysOverdue },
    // The log names the domain by id only; the item's page shows its title.
    domainId: HIDDEN,
    campaignId: HIDDEN,
    parentId: HIDDEN,
    progressId: HIDDEN,
    criticismId: HIDDEN,
    transferId: HIDDEN,
  },
};

/** An extension request of a supervision item: its events show in the item's history. */
export const supervisionExtensionRecord = extensionRecord('supervision_extension');

/** A reminder (催办记录): its rows are taken away as an export (the reminder itself is in its item's history). */
export const supervisionReminderRecord: RecordDescriptor = {
  type: 'supervision_reminder',
  label: (t) => t.supervisionReminder.record,
  fields: { ...LIST_EXPORT_FIELDS },
};
