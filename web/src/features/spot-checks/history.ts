import { format } from '../../i18n/format';
import { fmt, HIDDEN, type HistoryField, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** The conflicts as the log stores them, `[{ unitId, reason }]`: 市公安局（近三年曾在该单位任职）、… */
const conflicts: HistoryField = {
  label: (t) => t.spotCheck.conflicts,
  format: (value, ctx) =>
    Array.isArray(value) && value.length > 0
      ? value
          .map((c: { unitId?: unknown; reason?: unknown }) =>
            format(ctx.t.common.withNote, { text: fmt.unit(c.unitId, ctx), note: String(c.reason ?? '') }),
          )
          .join(ctx.t.history.listSeparator)
      : fmt.text(value, ctx),
};

/** 检查对象名录库: a unit on an organising unit's roster. */
export const spotCheckRosterTargetRecord: RecordDescriptor = {
  type: 'spot_check_roster_target',
  label: (t) => t.spotCheck.rosterTarget,
  fields: {
    ...LIST_EXPORT_FIELDS,
    unitId: { label: (t) => t.spotCheck.organiser, format: fmt.unit },
    targetUnitId: { label: (t) => t.spotCheck.targetUnit, format: fmt.unit },
    category: { label: (t) => t.spotCheck.category },
    note: { label: (t) => t.spotCheck.note },
    active: { label: (t) => t.spotCheck.active, format: fmt.bool },
  },
};

/** 执法检查人员名录库: a person on an organising unit's roster, with the units they avoid. */
export const spotCheckInspectorRecord: RecordDescriptor = {
  type: 'spot_check_inspector',
  label: (t) => t.spotCheck.inspector,
  fields: {
    ...LIST_EXPORT_FIELDS,
    unitId: { label: (t) => t.spotCheck.organiser, format: fmt.unit },
    personId: { label: (t) => t.spotCheck.person, format: fmt.person },
    certificateNo: { label: (t) => t.spotCheck.certificateNo },
    conflicts,
    active: { label: (t) => t.spotCheck.active, format: fmt.bool },
  },
};

/** 随机抽查事项清单: one check item. */
export const spotCheckItemRecord: RecordDescriptor = {
  type: 'spot_check_item',
  label: (t) => t.spotCheck.checkItem,
  fields: {
    ...LIST_EXPORT_FIELDS,
    unitId: { label: (t) => t.spotCheck.organiser, format: fmt.unit },
    code: { label: (t) => t.spotCheck.itemCode },
    title: { label: (t) => t.spotCheck.itemTitle },
    basis: { label: (t) => t.spotCheck.basis, long: true },
    method: { label: (t) => t.spotCheck.method },
    active: { label: (t) => t.spotCheck.active, format: fmt.bool },
  },
};

/**
 * A spot-check plan: its parameters, each step of its lifecycle with the commitment, the public
 * value and the seed; its targets' results and findings show in its history too.
 */
export const spotCheckPlanRecord: RecordDescriptor = {
  type: 'spot_check_plan',
  label: (t) => t.spotCheck.plan,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.spotCheck.status, format: fmt.label((t) => t.spotCheckStatus) },
    code: { label: (t) => t.spotCheck.code },
    title: { label: (t) => t.spotCheck.title },
    description: { label: (t) => t.spotCheck.description, long: true },
    unitId: { label: (t) => t.spotCheck.organiser, format: fmt.unit },
    kind: { label: (t) => t.spotCheck.kind, format: fmt.label((t) => t.spotCheckKind) },
    targetCount: { label: (t) => t.spotCheck.targetCount },
    ratioCapPercent: { label: (t) => t.spotCheck.ratioCapPercent, format: fmt.percent },
    inspectorsPerTarget: { label: (t) => t.spotCheck.inspectorsPerTarget },
    checkItemIds: {
      label: (t) => t.spotCheck.checkItems,
      format: (value, ctx) => (Array.isArray(value) ? String(value.length) : fmt.text(value, ctx)),
    },
    commitment: { label: (t) => t.spotCheck.commitment },
    eligibleTargets: { label: (t) => t.spotCheck.rosterTarget },
    eligibleInspectors: { label: (t) => t.spotCheck.inspector },
    publicValue: { label: (t) => t.spotCheck.publicValue },
    publicValueSource: { label: (t) => t.spotCheck.publicValueSource },
    publicValueDate: { label: (t) => t.spotCheck.publicValueDate, format: fmt.date },
    seed: { label: (t) => t.spotCheck.seed },
    algorithm: { label: (t) => t.spotCheck.algorithm },
    targetUnitIds: { label: (t) => t.spotCheck.targets, format: fmt.list(fmt.unit) },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    campaignId: HIDDEN,
  },
};

/** A drawn target: its result (recorded by one of its inspectors). */
export const spotCheckTargetRecord: RecordDescriptor = {
  type: 'spot_check_target',
  label: (t) => t.spotCheck.target,
  fields: {
    ...LIST_EXPORT_FIELDS,
    outcome: { label: (t) => t.spotCheck.outcome, format: fmt.label((t) => t.spotCheckOutcome) },
    resultSummary: { label: (t) => t.spotCheck.resultSummary, long: true },
    checkedOn: { label: (t) => t.spotCheck.checkedOn, format: fmt.date },
    planId: HIDDEN,
  },
};

/** A finding at a target, and what became of it (整改台账 or 移交). */
export const spotCheckFindingRecord: RecordDescriptor = {
  type: 'spot_check_finding',
  label: (t) => t.spotCheck.finding,
  fields: {
    problem: { label: (t) => t.spotCheck.problem, long: true },
    conduct: { label: (t) => t.spotCheck.conduct, format: fmt.label((t) => t.conduct) },
    severity: { label: (t) => t.spotCheck.severity, format: fmt.label((t) => t.spotCheckSeverity) },
    disposition: { label: (t) => t.spotCheck.disposition, format: fmt.label((t) => t.spotCheckDisposition) },
    dispositionNote: { label: (t) => t.spotCheck.dispositionNote, long: true },
    domainId: HIDDEN,
    planId: HIDDEN,
    targetId: HIDDEN,
    rectificationItemId: HIDDEN,
    transferId: HIDDEN,
  },
};
