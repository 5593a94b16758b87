import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** Uploaded files by count (the record's page lists them by name). */
const files: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.progress.filesCount, { count: value.length })
    : fmt.text(value, ctx);

/** A count of working days: 15 个工作日. */
const workingDays: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? format(ctx.t.accountabilitySettings.workingDaysValue, { days: value })
    : fmt.text(value, ctx);

/** The deadlines per source as the log stores them, `{ public_report: 15, … }`: 群众举报 15 个工作日、… */
const deadlines: Formatter = (value, ctx) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>)
        .map(([source, days]) =>
          format(ctx.t.accountabilitySettings.deadlineValue, {
            source: (ctx.t.leadSource as Record<string, string>)[source] ?? source,
            days: String(days),
          }),
        )
        .join(ctx.t.history.listSeparator) || ctx.t.history.emptyValue
    : fmt.text(value, ctx);

/** One of the four forms: 第二种形态. */
const disciplineForm: Formatter = (value, ctx) =>
  typeof value === 'number'
    ? ((ctx.t.disciplineForm as Record<string, string>)[String(value)] ?? String(value))
    : fmt.text(value, ctx);

/** A count of leads: 2 条线索. */
const leadCount: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.case.leadsCount, { count: value.length })
    : fmt.text(value, ctx);

/**
 * A problem lead (问题线索): what it reports from which source, triage (受理/分流) with the disposal
 * and what it decided, attachments, messages with a public reporter and views of their identity.
 */
export const leadRecord: RecordDescriptor = {
  type: 'lead',
  label: (t) => t.lead.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.lead.status, format: fmt.label((t) => t.leadStatus) },
    code: { label: (t) => t.lead.code },
    source: { label: (t) => t.lead.source, format: fmt.label((t) => t.leadSource) },
    sourceRef: { label: (t) => t.lead.sourceRef },
    sourceRecordType: {
      label: (t) => t.lead.sourceRecordType,
      format: fmt.label((t) => t.leadSourceRecord),
    },
    summary: { label: (t) => t.lead.summary },
    details: { label: (t) => t.lead.details, long: true },
    concernedUnitIds: { label: (t) => t.lead.concernedUnits, format: fmt.list(fmt.unit) },
    concernedPersonIds: { label: (t) => t.lead.concernedPersons, format: fmt.list(fmt.person) },
    conduct: { label: (t) => t.lead.conduct, format: fmt.label((t) => t.conduct) },
    receivedOn: { label: (t) => t.lead.receivedOn, format: fmt.date },
    dueDate: { label: (t) => t.lead.dueDate, format: fmt.date },
    anonymous: { label: (t) => t.lead.anonymous, format: fmt.bool },
    inquiryKind: { label: (t) => t.lead.inquiryKind, format: fmt.label((t) => t.dualInquiryKind) },
    disposal: { label: (t) => t.lead.disposal, format: fmt.label((t) => t.disposal) },
    handlingUnitId: { label: (t) => t.triage.handlingUnit, format: fmt.unit },
    forwardedTo: { label: (t) => t.lead.forwardedTo },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    fileIds: { label: (t) => t.lead.fileIds, format: files },
    byReporter: { label: (t) => t.lead.byReporter, format: fmt.bool },
    direction: { label: (t) => t.lead.messageDirection, format: fmt.label((t) => t.messageDirection) },
    satisfaction: { label: (t) => t.lead.satisfaction, format: fmt.label((t) => t.satisfaction) },
    // Ids the lead's page shows by name and link.
    mergedIntoId: HIDDEN,
    caseId: HIDDEN,
    parentCaseId: HIDDEN,
    domainId: HIDDEN,
    campaignId: HIDDEN,
    sourceRecordId: HIDDEN,
    messageId: HIDDEN,
  },
};

/**
 * An accountability case (问责案件): opened by triage, its verification, the six requirements
 * confirmed one by one, evidence, the decision proposed and approved or returned, and the linked
 * inquiries of 一案双查. Its determinations' and fault-tolerance requests' events show with it.
 */
export const caseRecord: RecordDescriptor = {
  type: 'accountability_case',
  label: (t) => t.case.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.case.status, format: fmt.label((t) => t.caseStatus) },
    code: { label: (t) => t.case.code },
    disposal: { label: (t) => t.case.disposal, format: fmt.label((t) => t.disposal) },
    handlerId: { label: (t) => t.case.handlerId, format: fmt.person },
    dueDate: { label: (t) => t.case.dueDate, format: fmt.date },
    interviews: { label: (t) => t.case.interviews, long: true },
    findings: { label: (t) => t.case.findings, long: true },
    conclusion: { label: (t) => t.case.conclusion, format: fmt.label((t) => t.conclusion) },
    requirement: { label: (t) => t.case.requirements, format: fmt.label((t) => t.requirement) },
    confirmed: { label: (t) => t.case.requirementConfirmed, format: fmt.bool },
    note: { label: (t) => t.case.requirementNote, long: true },
    fileIds: { label: (t) => t.case.evidence, format: files },
    opinion: { label: (t) => t.history.opinion, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    decidedOn: { label: (t) => t.case.decidedOn, format: fmt.date },
    kinds: { label: (t) => t.case.kinds, format: fmt.list(fmt.label((t) => t.dualInquiryKind)) },
    leadIds: { label: (t) => t.case.leadIds, format: leadCount },
    leadId: HIDDEN,
  },
};

/** A responsibility determination (责任认定): the person, liability, measures and sanctions. */
export const determinationRecord: RecordDescriptor = {
  type: 'determination',
  label: (t) => t.determination.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    personId: { label: (t) => t.determination.person, format: fmt.person },
    liability: { label: (t) => t.determination.liability, format: fmt.label((t) => t.liability) },
    conducts: { label: (t) => t.determination.conducts, format: fmt.list(fmt.label((t) => t.conduct)) },
    measures: { label: (t) => t.determination.measures, format: fmt.list(fmt.label((t) => t.measure)) },
    sanctions: {
      label: (t) => t.determination.sanctions,
      format: fmt.list(fmt.label((t) => t.sanction)),
    },
    form: { label: (t) => t.determination.form, format: disciplineForm },
    note: { label: (t) => t.determination.note, long: true },
    exemption: {
      label: (t) => t.determination.exemption,
      format: fmt.label((t) => t.exemptionOutcome),
    },
    kind: { label: (t) => t.determination.kind, format: fmt.label((t) => t.sanction) },
    lapsesOn: { label: (t) => t.determination.lapsesOn, format: fmt.date },
    caseId: HIDDEN,
    domainId: HIDDEN,
    sanctionId: HIDDEN,
  },
};

/** A fault-tolerance request (容错申请): the ground and statement, and the outcome decided. */
export const exemptionRecord: RecordDescriptor = {
  type: 'exemption_request',
  label: (t) => t.exemption.record,
  fields: {
    status: { label: (t) => t.exemption.status, format: fmt.label((t) => t.exemptionStatus) },
    ground: { label: (t) => t.exemption.ground, format: fmt.label((t) => t.exemptionGround) },
    statement: { label: (t) => t.exemption.statement, long: true },
    fileIds: { label: (t) => t.exemption.evidence, format: files },
    outcome: { label: (t) => t.exemption.outcome, format: fmt.label((t) => t.exemptionOutcome) },
    opinion: { label: (t) => t.exemption.opinion, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    determinationId: HIDDEN,
    caseId: HIDDEN,
  },
};

/** A campaign's accountability settings: deadlines per source, receiving unit, 一案双查 threshold. */
export const settingsRecord: RecordDescriptor = {
  type: 'accountability_settings',
  label: (t) => t.accountabilitySettings.record,
  fields: {
    deadlines: { label: (t) => t.accountabilitySettings.deadlines, format: deadlines },
    leadUnitId: { label: (t) => t.accountabilitySettings.leadUnit, format: fmt.unit },
    dualInquiryOverdueWorkingDays: {
      label: (t) => t.accountabilitySettings.dualInquiry,
      format: workingDays,
    },
  },
};
