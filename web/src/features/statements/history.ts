import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** Uploaded files by count (the statement's page lists them by name). */
const files: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.progress.filesCount, { count: value.length })
    : fmt.text(value, ctx);

/** The body's length, as the log keeps it (not the text itself). */
const characters: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? format(ctx.t.statements.bodyLengthValue, { count: value })
    : fmt.text(value, ctx);

/** 15 个工作日. */
const workingDays: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? format(ctx.t.commitment.workingDaysValue, { days: value })
    : fmt.text(value, ctx);

/**
 * A duty statement (述责报告): drafted and edited (title, body length, attachments), signed,
 * returned with a reason, approved with an opinion, published and taken down.
 */
export const statementRecord: RecordDescriptor = {
  type: 'duty_statement',
  label: (t) => t.statements.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.statements.status, format: fmt.label((t) => t.statementStatus) },
    unitId: { label: (t) => t.statements.unit, format: fmt.unit },
    title: { label: (t) => t.statements.title },
    bodyLength: { label: (t) => t.statements.bodyLength, format: characters },
    fileIds: { label: (t) => t.statements.attachments, format: files },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    campaignId: HIDDEN,
    // The download's: always docx, as its action says.
    format: HIDDEN,
  },
};

/**
 * A commitment (承诺事项): its promise, who answers for it and its deadline in working days;
 * progress reports, the fulfilment (践诺) and a "not fulfilled" finding, each with its text.
 */
export const commitmentRecord: RecordDescriptor = {
  type: 'commitment',
  label: (t) => t.commitment.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.commitment.status, format: fmt.label((t) => t.commitmentStatus) },
    promise: { label: (t) => t.commitment.promise, long: true },
    domainId: { label: (t) => t.commitment.domain },
    responsiblePersonId: { label: (t) => t.commitment.responsiblePerson, format: fmt.person },
    startDate: { label: (t) => t.commitment.startDate, format: fmt.date },
    workingDays: { label: (t) => t.commitment.workingDays, format: workingDays },
    dueDate: { label: (t) => t.commitment.dueDate, format: fmt.date },
    kind: { label: (t) => t.commitment.progress, format: fmt.label((t) => t.commitmentProgressKind) },
    date: { label: (t) => t.commitment.date, format: fmt.date },
    text: { label: (t) => t.commitment.progressText, long: true },
    fileIds: { label: (t) => t.commitment.evidence, format: files },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    statementId: HIDDEN,
  },
};

/** A public comment on a statement: posted on the portal, approved or rejected. */
export const statementCommentRecord: RecordDescriptor = {
  type: 'statement_comment',
  label: (t) => t.statementComment.record,
  fields: {
    status: {
      label: (t) => t.commitment.status,
      format: fmt.label((t) => t.statementCommentStatus),
    },
    bodyLength: { label: (t) => t.statements.bodyLength, format: characters },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    statementId: HIDDEN,
  },
};
