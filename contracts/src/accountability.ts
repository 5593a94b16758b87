import { z } from 'zod';
import { CONDUCT_LABELS, conductSchema } from './conduct';
import {
  auditEvent,
  auditField,
  createdEvent,
  deletedEvent,
  transitionEvent,
  updatedEvent,
  viewedEvent,
} from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  nameText,
  okSchema,
  optionalText,
  pageOf,
  pageQuery,
  searchText,
  text,
} from './core/common';
import { defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { multipartFileBody, storedFileSchema } from './files';
import {
  LEAD_SOURCES,
  type LeadSource,
  PUBLIC_REPORT_STAGES,
  type PublicReportStage,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
} from './vocabulary';

/**
 * 问责 — holding to account (work plan §4.2.4, §5.2): problem leads (问题线索) from the five
 * sources, triaged (受理/分流) by a disposal way; the accepted ones verified (核查) as a case
 * (问责案件) that may be decided only once the six requirements are confirmed (事实清楚、证据确凿、
 * 定性准确、处置恰当、程序合法、手续完备); per person a responsibility determination (责任认定)
 * with the disposition under the four forms (四种形态), approved by a second supervisor (four
 * eyes); fault tolerance (容错纠错) and one case, two investigations (一案双查).
 */

export {
  LEAD_SOURCES,
  type LeadSource,
  PUBLIC_REPORT_STAGES,
  type PublicReportStage,
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
};
export const leadSourceSchema = z.enum(LEAD_SOURCES);
/** The sources staff enter by hand; public reports come from the portal, transfers by themselves. */
export const LEAD_ENTERED_SOURCES = [
  'superior_assignment',
  'leader_instruction',
  'media_exposure',
  'inspection',
  'other',
] as const satisfies readonly LeadSource[];
export const satisfactionSchema = z.enum(SATISFACTION_LEVELS);
export type Satisfaction = z.infer<typeof satisfactionSchema>;
export const publicReportStageSchema = z.enum(PUBLIC_REPORT_STAGES);

// ---------------------------------------------------------------- vocabularies

/** 处置方式 (REFERENCE.md): the four ways, and forwarding or merging. */
export const DISPOSALS = [
  'talk_or_inquiry_letter', // 谈话函询
  'preliminary_verification', // 初步核实
  'shelved', // 暂存待查
  'closed_no_action', // 予以了结
  'forwarded', // 转办
  'merged', // 并案
] as const;
export const disposalSchema = z.enum(DISPOSALS);
export type Disposal = z.infer<typeof disposalSchema>;

/** The disposals that open a case (核查). */
export const CASE_DISPOSALS = [
  'talk_or_inquiry_letter',
  'preliminary_verification',
] as const satisfies readonly Disposal[];

/** 责任类型 */
export const LIABILITIES = [
  'overall_leadership',
  'main_leadership',
  'important_leadership',
  'direct',
] as const;
export const liabilitySchema = z.enum(LIABILITIES);
export type Liability = z.infer<typeof liabilitySchema>;
/** The names of the liabilities, as the dashboard's briefing writes them. */
export const LIABILITY_LABELS: Record<Liability, { 'zh-CN': string; 'en-US': string }> = {
  overall_leadership: { 'zh-CN': '全面领导责任', 'en-US': 'Overall leadership liability' },
  main_leadership: { 'zh-CN': '主要领导责任', 'en-US': 'Main leadership liability' },
  important_leadership: { 'zh-CN': '重要领导责任', 'en-US': 'Important leadership liability' },
  direct: { 'zh-CN': '直接责任', 'en-US': 'Direct liability' },
};

/** 核查结论: 属实 / 部分属实 / 不属实 */
export const VERIFICATION_CONCLUSIONS = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
] as const;
export const verificationConclusionSchema = z.enum(VERIFICATION_CONCLUSIONS);
export type VerificationConclusion = z.infer<typeof verificationConclusionSchema>;

/** The six requirements of the work plan §4.2.4, confirmed one by one before a decision. */
export const SIX_REQUIREMENTS = [
  'factsClear', // 事实清楚
  'evidenceConclusive', // 证据确凿
  'characterisationAccurate', // 定性准确
  'dispositionAppropriate', // 处置恰当
  'procedureLawful', // 程序合法
  'formalitiesComplete', // 手续完备
] as const;
export const requirementSchema = z.enum(SIX_REQUIREMENTS);
export type Requirement = z.infer<typeof requirementSchema>;

/** The four forms (四种形态), 1 the lightest. */
export const DISCIPLINE_FORMS = [1, 2, 3, 4] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/**
 * 问责方式 and organisational measures, each with the form it belongs to (REFERENCE.md: the four
 * forms; 中国共产党问责条例 2019). Several may combine; the disposition's form is the highest.
 */
export const MEASURES = {
  talk_reminder: 1, // 谈话提醒
  criticism_education: 1, // 批评教育
  written_inspection: 1, // 责令检查（书面检查）
  circulated_criticism: 1, // 通报（严肃批评、一定范围通报）
  admonition: 1, // 诫勉
  suspension: 2, // 停职检查
  reassignment: 2, // 调整职务
  ordered_resignation: 2, // 责令辞职
  demotion: 2, // 降职
  removal: 2, // 免职
  major_reassignment: 3, // 重大职务调整
  case_review: 4, // 严重违纪涉嫌违法立案审查（移送）
} as const satisfies Record<string, DisciplineForm>;
export type Measure = keyof typeof MEASURES;
export const MEASURE_CODES = Object.keys(MEASURES) as [Measure, ...Measure[]];
export const measureSchema = z.enum(MEASURE_CODES);

/**
 * Sanctions with their form and period in months (政务处分法 第七条; 纪律处分条例 for the party's):
 * the period drives the date a sanction lapses; null never lapses.
 */
export const SANCTIONS = {
  gov_warning: { form: 2, months: 6 }, // 政务处分：警告
  gov_demerit: { form: 2, months: 12 }, // 记过
  gov_major_demerit: { form: 2, months: 18 }, // 记大过
  gov_downgrade: { form: 3, months: 24 }, // 降级
  gov_dismissal_from_post: { form: 3, months: 24 }, // 撤职
  gov_expulsion: { form: 3, months: null }, // 开除
  party_warning: { form: 2, months: 12 }, // 党纪处分：警告
  party_serious_warning: { form: 2, months: 18 }, // 严重警告
  party_removal_from_post: { form: 3, months: 24 }, // 撤销党内职务
  party_probation: { form: 3, months: 24 }, // 留党察看
  party_expulsion: { form: 3, months: null }, // 开除党籍
} as const satisfies Record<string, { form: DisciplineForm; months: number | null }>;
export type SanctionKind = keyof typeof SANCTIONS;
export const SANCTION_KINDS = Object.keys(SANCTIONS) as [SanctionKind, ...SanctionKind[]];
export const sanctionKindSchema = z.enum(SANCTION_KINDS);

/** The form of a disposition: the highest form among its measures and sanctions (0: none). */
export function dispositionForm(measures: readonly Measure[], sanctions: readonly SanctionKind[]): number {
  return Math.max(0, ...measures.map((m) => MEASURES[m]), ...sanctions.map((s) => SANCTIONS[s].form));
}

/** The day a sanction decided on `decidedOn` lapses (its period in calendar months), or null. */
export function sanctionLapsesOn(kind: SanctionKind, decidedOn: string): string | null {
  const months = SANCTIONS[kind].months;
  if (months === null) return null;
  const [y, m, d] = decidedOn.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The same day of the month, or the month's last day (a decision of 31 August lapses on 28 February).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 容错 grounds (问责条例 第十七条 and the local 容错纠错办法). */
export const EXEMPTION_GROUNDS = [
  'reform_pilot', // 改革中缺乏经验、先行先试出现失误
  'exploratory_trial', // 尚无明确限制的探索性试验中的失误
  'unintended_for_development', // 为推动发展的无意过失
  'dissented_collective_decision', // 集体决策中明确反对或保留意见
  'force_majeure', // 已履职尽责但因不可抗力、难以预见的因素造成损失
] as const;
export const exemptionGroundSchema = z.enum(EXEMPTION_GROUNDS);
export const EXEMPTION_OUTCOMES = ['exempt', 'mitigate', 'refuse'] as const;
export const exemptionOutcomeSchema = z.enum(EXEMPTION_OUTCOMES);
export type ExemptionOutcome = z.infer<typeof exemptionOutcomeSchema>;

/** 一案双查: the two linked inquiries. */
export const DUAL_INQUIRY_KINDS = ['primary_responsibility', 'oversight_responsibility'] as const;
export const dualInquiryKindSchema = z.enum(DUAL_INQUIRY_KINDS);
export type DualInquiryKind = z.infer<typeof dualInquiryKindSchema>;

// ---------------------------------------------------------------- the lifecycles

export const LEAD_STATUSES = [
  'received', // 待受理
  'accepted', // 已受理（核查中）
  'shelved', // 暂存待查
  'closed', // 予以了结
  'forwarded', // 已转办
  'merged', // 已并案
  'concluded', // 已办结
] as const;
export const leadStatusSchema = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

/** The states in which a lead's handling deadline runs. */
export const LEAD_OPEN_STATUSES = ['received', 'accepted'] as const satisfies readonly LeadStatus[];

/**
 * A lead's triage. Each disposal is its own action (one audit event per transition); the triage
 * route picks the action from the disposal chosen. `reopen` takes a shelved lead back to triage;
 * `appeal` is the public reporter's (once, after closure) and `conclude` the case's decision.
 */
export const LEAD_WORKFLOW = defineWorkflow({
  recordType: 'lead',
  states: LEAD_STATUSES,
  actions: {
    accept: {
      from: ['received'],
      to: 'accepted',
      permission: 'accountability.lead.handle',
      audit: 'lead.accepted',
    },
    shelve: {
      from: ['received'],
      to: 'shelved',
      permission: 'accountability.lead.handle',
      audit: 'lead.shelved',
      input: { field: 'reason', required: true },
    },
    close: {
      from: ['received'],
      to: 'closed',
      permission: 'accountability.lead.handle',
      audit: 'lead.closed',
      input: { field: 'reason', required: true },
    },
    forward: {
      from: ['received'],
      to: 'forwarded',
      permission: 'accountability.lead.handle',
      audit: 'lead.forwarded',
      input: { field: 'reason', required: true },
    },
    merge: {
      from: ['received'],
      to: 'merged',
      permission: 'accountability.lead.handle',
      audit: 'lead.merged',
      input: { field: 'reason', required: false },
    },
    reopen: {
      from: ['shelved'],
      to: 'received',
      permission: 'accountability.lead.handle',
      audit: 'lead.reopened',
      input: { field: 'reason', required: true },
    },
    conclude: {
      from: ['accepted'],
      to: 'concluded',
      permission: 'accountability.decision.approve',
      audit: 'lead.concluded',
    },
    appeal: {
      from: ['closed', 'concluded'],
      to: 'received',
      permission: 'accountability.lead.handle',
      audit: 'lead.appealed',
      input: { field: 'reason', required: true },
    },
  },
});

export const CASE_STATUSES = [
  'verifying', // 核查中
  'proposed', // 已提出处理意见（待审批）
  'decided', // 已决定
] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/**
 * A case: verified and determined by its handler, proposed (locked until the six requirements
 * are confirmed), approved by a second supervisor who neither handles nor proposed it.
 */
export const CASE_WORKFLOW = defineWorkflow({
  recordType: 'accountability_case',
  states: CASE_STATUSES,
  actions: {
    /** 提出处理意见 */
    propose: {
      from: ['verifying'],
      to: 'proposed',
      permission: 'accountability.lead.handle',
      audit: 'accountability_case.proposed',
      input: { field: 'opinion', required: true, max: 4000 },
    },
    /** 审批同意 */
    approve: {
      from: ['proposed'],
      to: 'decided',
      permission: 'accountability.decision.approve',
      audit: 'accountability_case.approved',
      input: { field: 'opinion', required: false },
    },
    /** 退回 */
    return: {
      from: ['proposed'],
      to: 'verifying',
      permission: 'accountability.decision.approve',
      audit: 'accountability_case.returned',
      input: { field: 'reason', required: true },
    },
  },
});
export type CaseAction = keyof typeof CASE_WORKFLOW.actions;

// ---------------------------------------------------------------- leads

/** Today's colour of an open lead: red overdue, yellow due within a few working days. */
export const LEAD_COLOURS = ['none', 'yellow', 'red'] as const;
export const leadColourSchema = z.enum(LEAD_COLOURS);

export const unitNameRefSchema = z.object({ id: idSchema, name: z.string() });
export const personNameRefSchema = z.object({ id: idSchema, name: z.string(), unitName: z.string() });

export const leadSchema = z
  .object({
    id: idSchema,
    /** 线索编号, e.g. XS2026-0012 */
    code: z.string(),
    campaignId: idSchema,
    source: leadSourceSchema,
    /** What the source names: a document number, a newspaper and date, a supervision item's code. */
    sourceRef: z.string().nullable(),
    /** The record it was transferred from (a supervision item, an inspection finding), if any. */
    sourceRecordType: z.string().nullable(),
    sourceRecordId: idSchema.nullable(),
    summary: z.string(),
    details: z.string(),
    /** The unit holding the lead (受理/承办单位): whose supervisors see it. */
    unitId: idSchema,
    unitName: z.string(),
    concernedUnits: z.array(unitNameRefSchema),
    concernedPersons: z.array(personNameRefSchema),
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    conduct: conductSchema.nullable(),
    receivedOn: dateSchema,
    dueDate: dateSchema,
    status: leadStatusSchema,
    /** The day its handling ended (it left 待受理 and 核查中); null while open. */
    disposedOn: dateSchema.nullable(),
    disposal: disposalSchema.nullable(),
    /** The lead this one was merged into. */
    mergedIntoId: idSchema.nullable(),
    /** The competent body a forwarded lead went to. */
    forwardedTo: z.string().nullable(),
    caseId: idSchema.nullable(),
    /** A public report: anonymous or named (the identity is never part of a lead). */
    anonymous: z.boolean().nullable(),
    /** 一案双查: the case this inquiry was opened from, and which responsibility it examines. */
    parentCaseId: idSchema.nullable(),
    inquiryKind: dualInquiryKindSchema.nullable(),
    overdue: z.boolean(),
    colour: leadColourSchema,
    workingDaysLeft: z.number().int().nullable(),
    /**
     * An open public report whose reporter wrote last (a reply or evidence after the handler's
     * last message, once a handler took it up): 举报人有新留言.
     */
    awaitingReply: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Lead' });
export type Lead = z.infer<typeof leadSchema>;

export const leadMessageSchema = z
  .object({
    id: idSchema,
    /** from_handler: the handler to the reporter; from_reporter: the reporter's reply. */
    direction: z.enum(['from_handler', 'from_reporter']),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'LeadMessage' });
export type LeadMessage = z.infer<typeof leadMessageSchema>;

/** A possible duplicate: same unit or person, similar text (score 0–1). */
export const duplicateProposalSchema = z.object({
  id: idSchema,
  code: z.string(),
  summary: z.string(),
  source: leadSourceSchema,
  status: leadStatusSchema,
  score: z.number(),
});

/** A unit whose published power items match the lead's text, naming the items. */
export const responsibleUnitProposalSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  score: z.number(),
  items: z.array(z.object({ id: idSchema, code: z.string(), name: z.string() })),
});

/** How many leads of this campaign (any source) concern the same unit: "third report about 某局". */
export const repeatFlagSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  count: z.number().int(),
  sources: z.array(leadSourceSchema),
});

export const leadDetailSchema = z
  .object({
    lead: leadSchema,
    attachments: z.array(storedFileSchema),
    messages: z.array(leadMessageSchema),
    /** For a named public report: there is an identity, and whether it was revealed to a handler. */
    reporter: z
      .object({ named: z.boolean(), revealed: z.boolean(), satisfaction: satisfactionSchema.nullable() })
      .nullable(),
    duplicates: z.array(duplicateProposalSchema),
    repeats: z.array(repeatFlagSchema),
    responsibleUnits: z.array(responsibleUnitProposalSchema),
    /** Leads merged into this one. */
    merged: z.array(z.object({ id: idSchema, code: z.string(), summary: z.string() })),
  })
  .meta({ id: 'LeadDetail' });
export type LeadDetail = z.infer<typeof leadDetailSchema>;

export const LEAD_TEXT_LIMITS = { summary: 200, details: 8000, sourceRef: 200, forwardedTo: 200 } as const;
const MAX_DUE_WORKING_DAYS = 250;

const leadFields = {
  sourceRef: optionalText(LEAD_TEXT_LIMITS.sourceRef),
  summary: nameText(LEAD_TEXT_LIMITS.summary),
  details: nameText(LEAD_TEXT_LIMITS.details),
  concernedUnitIds: z.array(idSchema).max(20).default([]),
  concernedPersonIds: z.array(idSchema).max(50).default([]),
  domainId: idSchema.nullish(),
  conduct: conductSchema.nullish(),
  receivedOn: dateSchema,
};

export const createLeadSchema = z
  .object({
    /** Default: the campaign the caller works under. */
    campaignId: idSchema.optional(),
    source: z.enum(LEAD_ENTERED_SOURCES),
    /** The unit that holds the lead; default: the campaign's lead office (settings). */
    unitId: idSchema.optional(),
    ...leadFields,
    /** Default: today. */
    receivedOn: dateSchema.optional(),
    fileIds: z.array(idSchema).max(20).default([]),
  })
  .strict()
  .refine((v) => v.concernedUnitIds.length + v.concernedPersonIds.length > 0, {
    message: 'name at least one unit or person concerned',
    path: ['concernedUnitIds'],
  });
export type CreateLeadInput = z.infer<typeof createLeadSchema>;

export const updateLeadSchema = z
  .object({
    sourceRef: leadFields.sourceRef,
    summary: leadFields.summary,
    details: leadFields.details,
    concernedUnitIds: z.array(idSchema).max(20),
    concernedPersonIds: z.array(idSchema).max(50),
    domainId: leadFields.domainId,
    conduct: leadFields.conduct,
  })
  .partial()
  .strict();
export type UpdateLeadInput = z.infer<typeof updateLeadSchema>;

/**
 * 受理/分流: one disposal. The two that open a case assign a handling unit and a deadline; a
 * forward names the competent body; a merge names the lead it joins; every way but acceptance
 * states its reason.
 */
export const triageLeadSchema = z
  .object({
    disposal: disposalSchema,
    reason: optionalText(1000),
    /** The unit that handles the case (承办单位); default: the lead's unit. */
    handlingUnitId: idSchema.optional(),
    dueDate: dateSchema.optional(),
    dueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS).optional(),
    mergeIntoId: idSchema.optional(),
    forwardedTo: optionalText(LEAD_TEXT_LIMITS.forwardedTo),
  })
  .strict()
  .refine((v) => v.dueDate === undefined || v.dueWorkingDays === undefined, {
    message: 'at most one of dueDate and dueWorkingDays',
    path: ['dueDate'],
  })
  .refine((v) => v.disposal !== 'merged' || v.mergeIntoId !== undefined, {
    message: 'a merge names the lead it joins',
    path: ['mergeIntoId'],
  })
  .refine((v) => v.disposal !== 'forwarded' || !!v.forwardedTo, {
    message: 'a forward names the competent body',
    path: ['forwardedTo'],
  })
  .refine((v) => CASE_DISPOSALS.includes(v.disposal as never) || v.disposal === 'merged' || !!v.reason, {
    message: 'state the reason',
    path: ['reason'],
  });
export type TriageLeadInput = z.infer<typeof triageLeadSchema>;

const leadListFilters = {
  campaignId: idSchema.optional(),
  status: leadStatusSchema.optional(),
  source: leadSourceSchema.optional(),
  /** Leads concerning this unit or one below it. */
  concernedUnitId: idSchema.optional(),
  /** Leads concerning this person. */
  personId: idSchema.optional(),
  /** Leads held by this unit and the units below it. */
  unitId: idSchema.optional(),
  domainId: idSchema.optional(),
  conduct: conductSchema.optional(),
  /** How it was disposed of at triage (处置方式). */
  disposal: disposalSchema.optional(),
  /** Received on or after this day (the dashboard's period and months). */
  receivedFrom: dateSchema.optional(),
  /** Received on or before this day. */
  receivedTo: dateSchema.optional(),
  /** Open leads past their handling deadline. */
  overdue: z.enum(['true']).optional(),
  /** Leads whose handling ended (no longer received or accepted: 线索处置). */
  disposed: z.enum(['true']).optional(),
  /** Disposed of on or after this day (a monthly report's month). */
  disposedFrom: dateSchema.optional(),
  /** Disposed of on or before this day. */
  disposedTo: dateSchema.optional(),
  /** Disposed of on or before their handling deadline (`true`), or after it (`false`): 线索处置时效. */
  handledOnTime: z.enum(['true', 'false']).optional(),
  /** Public reports the handler responded to: triaged, or written to the reporter (响应). */
  responded: z.enum(['true']).optional(),
  /** Public reports closed for the reporter (予以了结 or 已办结): what the reporter may rate. */
  closedForReporter: z.enum(['true']).optional(),
  /** Public reports whose reporter stated this satisfaction. */
  satisfaction: satisfactionSchema.optional(),
  /** Public reports whose reporter stated any satisfaction (`stated`), or 满意 or 基本满意 (`satisfied`). */
  rated: z.enum(['stated', 'satisfied']).optional(),
  /** Open public reports whose reporter wrote last, waiting for the handler's answer (举报人留言待回复). */
  awaitingReply: z.enum(['true']).optional(),
  /** In the code, summary, details and source reference. */
  q: searchText(),
};
export const leadListQuerySchema = z.object({ ...leadListFilters, ...pageQuery }).strict();
export type LeadListQuery = z.infer<typeof leadListQuerySchema>;

export const sendLeadMessageSchema = z.object({ body: nameText(2000) }).strict();
export const addFilesSchema = z.object({ fileIds: z.array(idSchema).min(1).max(20) }).strict();

export const revealReporterSchema = z
  .object({ password: text().min(1).max(200), reason: nameText(500) })
  .strict();
export const revealedReporterSchema = z.object({
  name: z.string().nullable(),
  contact: z.string().nullable(),
});

/** Working days to handle a lead of each source. */
const deadlinesSchema = z.object(
  Object.fromEntries(LEAD_SOURCES.map((s) => [s, z.number().int().min(1).max(MAX_DUE_WORKING_DAYS)])) as {
    [K in LeadSource]: z.ZodNumber;
  },
);

/** Working days to handle a lead, per source; the office holding new leads; 一案双查 thresholds. */
export const accountabilitySettingsSchema = z
  .object({
    campaignId: idSchema,
    deadlines: deadlinesSchema,
    /** The unit new leads go to (受理单位); null: the campaign's own unit. */
    leadUnitId: idSchema.nullable(),
    leadUnitName: z.string().nullable(),
    /** Propose 一案双查 for a lead overdue by this many working days. */
    dualInquiryOverdueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS),
  })
  .meta({ id: 'AccountabilitySettings' });
export type AccountabilitySettings = z.infer<typeof accountabilitySettingsSchema>;

export const updateAccountabilitySettingsSchema = z
  .object({
    deadlines: deadlinesSchema.partial().strict(),
    leadUnitId: idSchema.nullable(),
    dualInquiryOverdueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS),
  })
  .partial()
  .strict()
  // An empty change is refused, not stored: it would write the defaults as the campaign's settings unaudited.
  .refine((v) => Object.keys(v).length > 0, {
    message: 'name at least one setting to change',
    params: { key: 'field.nothing_to_change' },
  });
export const settingsQuerySchema = z.object({ campaignId: idSchema.optional() }).strict();

/** Default working days to handle a lead, per source. */
export const DEFAULT_LEAD_DEADLINES: Record<LeadSource, number> = {
  superior_assignment: 15,
  leader_instruction: 10,
  media_exposure: 10,
  public_report: 15,
  inspection: 20,
  other: 20,
};
export const DEFAULT_DUAL_INQUIRY_OVERDUE_WORKING_DAYS = 20;

// ---------------------------------------------------------------- cases

export const requirementCheckSchema = z.object({
  requirement: requirementSchema,
  confirmed: z.boolean(),
  note: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Who confirmed it (the handler). */
  confirmedByName: z.string().nullable(),
});

export const sanctionSchema = z
  .object({
    id: idSchema,
    kind: sanctionKindSchema,
    months: z.number().int().nullable(),
    /** Set when the decision is approved. */
    decidedOn: dateSchema.nullable(),
    lapsesOn: dateSchema.nullable(),
    status: z.enum(['proposed', 'active', 'lapsed']),
  })
  .meta({ id: 'Sanction' });
export type Sanction = z.infer<typeof sanctionSchema>;

export const exemptionRequestSchema = z
  .object({
    id: idSchema,
    determinationId: idSchema,
    ground: exemptionGroundSchema,
    statement: z.string(),
    requestedByName: z.string(),
    status: z.enum(['pending', 'decided']),
    outcome: exemptionOutcomeSchema.nullable(),
    opinion: z.string().nullable(),
    decidedByName: z.string().nullable(),
    evidence: z.array(storedFileSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'ExemptionRequest' });
export type ExemptionRequest = z.infer<typeof exemptionRequestSchema>;

export const determinationSchema = z
  .object({
    id: idSchema,
    caseId: idSchema,
    person: personNameRefSchema,
    liability: liabilitySchema,
    conducts: z.array(conductSchema),
    domainId: idSchema.nullable(),
    /** 问责方式 and organisational measures. */
    measures: z.array(measureSchema),
    sanctions: z.array(sanctionSchema),
    /** The highest of the four forms among its measures and sanctions (null: none). */
    form: z.number().int().nullable(),
    note: z.string().nullable(),
    /** The fault-tolerance outcome applied (免予问责 / 从轻减轻), if any. */
    exemption: exemptionOutcomeSchema.nullable(),
    exemptionRequests: z.array(exemptionRequestSchema),
  })
  .meta({ id: 'Determination' });
export type Determination = z.infer<typeof determinationSchema>;

export const caseSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    leadId: idSchema,
    campaignId: idSchema,
    /** The handling unit (承办单位). */
    unitId: idSchema,
    unitName: z.string(),
    summary: z.string(),
    disposal: z.enum(CASE_DISPOSALS),
    status: caseStatusSchema,
    handlerId: idSchema,
    handlerName: z.string(),
    dueDate: dateSchema,
    overdue: z.boolean(),
    workingDaysLeft: z.number().int().nullable(),
    /** 核查: interviews (谈话记录), findings (查明事实) and the conclusion. */
    interviews: z.string().nullable(),
    findings: z.string().nullable(),
    conclusion: verificationConclusionSchema.nullable(),
    /** The six requirements confirmed, and whether the decision step is unlocked. */
    requirementsConfirmed: z.number().int(),
    decisionUnlocked: z.boolean(),
    /** The account that proposed the decision: it may not approve it (nor may the handler). */
    proposedById: idSchema.nullable(),
    proposedByName: z.string().nullable(),
    proposal: z.string().nullable(),
    decidedOn: dateSchema.nullable(),
    approvedByName: z.string().nullable(),
    /** The highest form among its determinations. */
    form: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountabilityCase' });
export type AccountabilityCase = z.infer<typeof caseSchema>;

export const dualInquirySchema = z.object({
  leadId: idSchema,
  code: z.string(),
  kind: dualInquiryKindSchema,
  status: leadStatusSchema,
  summary: z.string(),
});

export const caseDetailSchema = z
  .object({
    case: caseSchema,
    lead: leadSchema,
    requirements: z.array(requirementCheckSchema),
    evidence: z.array(storedFileSchema),
    determinations: z.array(determinationSchema),
    /** Linked inquiries opened from this case (一案双查). */
    dualInquiries: z.array(dualInquirySchema),
    /** Why Zeren proposes one case two investigations here, if it does. */
    dualInquiryProposal: z.enum(['long_overdue', 'serious_cases_in_unit']).nullable(),
  })
  .meta({ id: 'AccountabilityCaseDetail' });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const CASE_TEXT_LIMITS = { interviews: 8000, findings: 8000, note: 1000 } as const;

export const updateVerificationSchema = z
  .object({
    interviews: optionalText(CASE_TEXT_LIMITS.interviews),
    findings: optionalText(CASE_TEXT_LIMITS.findings),
    conclusion: verificationConclusionSchema.nullish(),
  })
  .strict();
export type UpdateVerificationInput = z.infer<typeof updateVerificationSchema>;

export const requirementParamsSchema = z.object({ id: idSchema, requirement: requirementSchema }).strict();
/** Confirming a requirement takes a note (how it is met); withdrawing a confirmation does not. */
export const confirmRequirementSchema = z
  .object({ confirmed: z.boolean(), note: optionalText(CASE_TEXT_LIMITS.note) })
  .strict()
  .refine((v) => !v.confirmed || !!v.note, { message: 'say how the requirement is met', path: ['note'] });

const determinationFields = {
  liability: liabilitySchema,
  conducts: z.array(conductSchema).max(6).default([]),
  domainId: idSchema.nullish(),
  measures: z.array(measureSchema).max(12).default([]),
  sanctions: z.array(sanctionKindSchema).max(4).default([]),
  note: optionalText(CASE_TEXT_LIMITS.note),
};
export const createDeterminationSchema = z.object({ personId: idSchema, ...determinationFields }).strict();
export type CreateDeterminationInput = z.infer<typeof createDeterminationSchema>;
export const updateDeterminationSchema = z
  .object({
    liability: liabilitySchema,
    conducts: z.array(conductSchema).max(6),
    domainId: idSchema.nullish(),
    measures: z.array(measureSchema).max(12),
    sanctions: z.array(sanctionKindSchema).max(4),
    note: optionalText(CASE_TEXT_LIMITS.note),
  })
  .partial()
  .strict();
export type UpdateDeterminationInput = z.infer<typeof updateDeterminationSchema>;

export const createExemptionRequestSchema = z
  .object({
    ground: exemptionGroundSchema,
    statement: nameText(4000),
    fileIds: z.array(idSchema).max(20).default([]),
  })
  .strict();
export const decideExemptionSchema = z
  .object({ outcome: exemptionOutcomeSchema, opinion: nameText(2000) })
  .strict();

export const openDualInquirySchema = z
  .object({
    kinds: z.array(dualInquiryKindSchema).min(1).max(2),
    /** What the inquiry examines; default: derived from the case. */
    summary: optionalText(LEAD_TEXT_LIMITS.summary),
    /** Units whose primary or oversight responsibility is examined. */
    concernedUnitIds: z.array(idSchema).min(1).max(20),
  })
  .strict();

const caseListFilters = {
  campaignId: idSchema.optional(),
  status: caseStatusSchema.optional(),
  unitId: idSchema.optional(),
  /** Proposed cases the caller may approve (not their own). */
  toApprove: z.enum(['true']).optional(),
  /**
   * Cases with a fault-tolerance request (容错申请) pending that the caller may decide: within
   * their scope for deciding, a case they do not handle, a request they did not file (four eyes).
   */
  exemptionToDecide: z.enum(['true']).optional(),
  overdue: z.enum(['true']).optional(),
  /** Opened (立案核查: the lead accepted) on or after this day, in Asia/Shanghai. */
  openedFrom: dateSchema.optional(),
  /** Opened on or before this day. */
  openedTo: dateSchema.optional(),
  /** Decided (the decision approved) on or after this day. */
  decidedFrom: dateSchema.optional(),
  /** Decided on or before this day. */
  decidedTo: dateSchema.optional(),
  q: searchText(),
};
export const caseListQuerySchema = z.object({ ...caseListFilters, ...pageQuery }).strict();

/**
 * A determination about one of the caller's unit's people, as the unit sees it to apply for fault
 * tolerance: who, which liability and conduct, the case's number and stage, and what became of the
 * requests — never the lead, its reporter, the findings, the evidence or the proposed measures (the
 * unit concerned stays recused from the case itself).
 */
export const unitDeterminationSchema = z
  .object({
    id: idSchema,
    caseCode: z.string(),
    caseStatus: caseStatusSchema,
    person: personNameRefSchema,
    /** The person's unit: the one that applies. */
    unitId: idSchema,
    liability: liabilitySchema,
    conducts: z.array(conductSchema),
    /** The fault-tolerance outcome applied (免予问责 / 从轻减轻), if any. */
    exemption: exemptionOutcomeSchema.nullable(),
    requests: z.array(
      z.object({
        id: idSchema,
        ground: exemptionGroundSchema,
        requestedByName: z.string(),
        status: z.enum(['pending', 'decided']),
        outcome: exemptionOutcomeSchema.nullable(),
        opinion: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'UnitDetermination' });
export type UnitDetermination = z.infer<typeof unitDeterminationSchema>;

export const unitDeterminationListQuerySchema = z
  .object({
    /** Only determinations whose case is still open (a request can be filed). */
    open: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type UnitDeterminationListQuery = z.infer<typeof unitDeterminationListQuerySchema>;

/**
 * A determination as the supervision side lists it (责任认定台账): who, which liability, the form
 * of the disposition and its measures, and the case it belongs to — for the persons held
 * accountable (被问责人员) by liability and by the four forms.
 */
export const determinationListItemSchema = z
  .object({
    id: idSchema,
    caseId: idSchema,
    caseCode: z.string(),
    caseStatus: caseStatusSchema,
    campaignId: idSchema,
    /** The case's handling unit (承办单位): whose scope the determination is in. */
    unitId: idSchema,
    unitName: z.string(),
    person: personNameRefSchema,
    liability: liabilitySchema,
    conducts: z.array(conductSchema),
    measures: z.array(measureSchema),
    form: z.number().int().nullable(),
    exemption: exemptionOutcomeSchema.nullable(),
    decidedOn: dateSchema.nullable(),
  })
  .meta({ id: 'DeterminationListItem' });
export type DeterminationListItem = z.infer<typeof determinationListItemSchema>;

export const determinationListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    liability: liabilitySchema.optional(),
    /** The disposition's form (四种形态), 1 the lightest. */
    form: z.enum(['1', '2', '3', '4']).optional(),
    /** Cases handled by this unit and the units below it (as the cases list). */
    unitId: idSchema.optional(),
    /** Persons held accountable (被问责): their case decided, with a disposition under one of the four forms. */
    heldAccountable: z.enum(['true']).optional(),
    /** Cases decided on or after this day. */
    decidedFrom: dateSchema.optional(),
    /** Cases decided on or before this day. */
    decidedTo: dateSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type DeterminationListQuery = z.infer<typeof determinationListQuerySchema>;
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** A person's accountability record (问责记录): every decided determination, active and lapsed sanctions. */
export const personAccountabilitySchema = z
  .object({
    personId: idSchema,
    items: z.array(
      z.object({
        caseId: idSchema,
        code: z.string(),
        summary: z.string(),
        decidedOn: dateSchema.nullable(),
        liability: liabilitySchema,
        measures: z.array(measureSchema),
        form: z.number().int().nullable(),
        exemption: exemptionOutcomeSchema.nullable(),
        sanctions: z.array(sanctionSchema),
      }),
    ),
  })
  .meta({ id: 'PersonAccountability' });

// ---------------------------------------------------------------- public reports (portal)

/** The receipt code: 20 random digits, all secret (a keyed digest of the whole code finds the report). */
export const RECEIPT_CODE_DIGITS = 20;
const receiptCode = text()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{20}$/, 'a receipt code is 20 digits'));

export const submitPublicReportSchema = z
  .object({
    anonymous: z.boolean(),
    /** Required when not anonymous. */
    name: optionalText(50),
    contact: optionalText(100),
    /** The unit the report is about, as the citizen names it (and, if picked from the list, its id). */
    unitName: nameText(100),
    unitId: idSchema.optional(),
    summary: nameText(LEAD_TEXT_LIMITS.summary),
    details: nameText(LEAD_TEXT_LIMITS.details),
    altcha: text().min(1).max(10_000),
  })
  .strict()
  .refine((v) => v.anonymous || !!v.name, { message: 'a named report gives a name', path: ['name'] })
  .refine((v) => v.anonymous || !!v.contact, { message: 'a named report gives a contact', path: ['contact'] })
  .refine((v) => !v.anonymous || (!v.name && !v.contact), {
    message: 'an anonymous report gives no name or contact',
    path: ['name'],
  });
export type SubmitPublicReportInput = z.infer<typeof submitPublicReportSchema>;

export const submittedReportSchema = z.object({
  /** Shown once: Zeren keeps only a slow salted hash of it. */
  receiptCode: z.string(),
  receivedOn: dateSchema,
});

export const receiptCodeSchema = z.object({ receiptCode }).strict();
export const reportReplySchema = z.object({ receiptCode, body: nameText(2000) }).strict();
export const reportSatisfactionSchema = z.object({ receiptCode, satisfaction: satisfactionSchema }).strict();
export const reportAppealSchema = z.object({ receiptCode, reason: nameText(2000) }).strict();

/** What the reporter sees with the receipt code: never a handler's name, never anyone's identity. */
export const publicReportStatusSchema = z
  .object({
    summary: z.string(),
    receivedOn: dateSchema,
    stage: publicReportStageSchema,
    /** The outcome when concluded: the verification's conclusion. */
    conclusion: verificationConclusionSchema.nullable(),
    messages: z.array(leadMessageSchema),
    evidenceCount: z.number().int(),
    anonymous: z.boolean(),
    /** A named reporter's identity was revealed to a handler (never to whom). */
    identityRevealed: z.boolean(),
    satisfaction: satisfactionSchema.nullable(),
    canRate: z.boolean(),
    appealed: z.boolean(),
    canAppeal: z.boolean(),
  })
  .meta({ id: 'PublicReportStatus' });
export type PublicReportStatus = z.infer<typeof publicReportStatusSchema>;

// ---------------------------------------------------------------- the contract

const leadAuditShape = {
  code: auditField.text,
  campaignId: auditField.id,
  source: auditField.text,
  sourceRef: auditField.text,
  sourceRecordType: auditField.text,
  sourceRecordId: auditField.id,
  summary: auditField.text,
  details: auditField.text,
  concernedUnitIds: auditField.ids,
  concernedPersonIds: auditField.ids,
  domainId: auditField.id,
  conduct: auditField.text,
  receivedOn: auditField.date,
  dueDate: auditField.date,
  anonymous: z.boolean().nullable(),
  parentCaseId: auditField.id,
  inquiryKind: auditField.text,
};
const triageShape = {
  disposal: auditField.text,
  handlingUnitId: auditField.id,
  dueDate: auditField.date,
  mergedIntoId: auditField.id,
  forwardedTo: auditField.text,
  caseId: auditField.id,
};
const determinationAuditShape = {
  caseId: auditField.id,
  personId: auditField.id,
  liability: auditField.text,
  conducts: z.array(z.string()),
  domainId: auditField.id,
  measures: z.array(z.string()),
  sanctions: z.array(z.string()),
  form: auditField.int,
  note: auditField.text,
  exemption: auditField.text,
};

const READ = 'accountability.lead.read';
const HANDLE = 'accountability.lead.handle';

const listLeadsRoute = {
  method: 'GET',
  path: '/api/leads',
  tags: ['accountability'],
  summary: "Problem leads (问题线索) held in the caller's scope, newest first (never those about the caller)",
  access: { permission: READ },
  query: leadListQuerySchema,
  response: { 200: pageOf(leadSchema) },
} as const;

/** The sources' names as the lists, the sheets and the dashboard's briefing write them. */
export const LEAD_SOURCE_LABELS: Record<LeadSource, Localized> = {
  superior_assignment: { 'zh-CN': '上级交办', 'en-US': 'Assigned by a superior' },
  leader_instruction: { 'zh-CN': '领导批示', 'en-US': "Leader's instruction" },
  media_exposure: { 'zh-CN': '媒体曝光', 'en-US': 'Media exposure' },
  public_report: { 'zh-CN': '群众举报', 'en-US': 'Public report' },
  inspection: { 'zh-CN': '督促检查', 'en-US': 'Supervision and inspection' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};
const LEAD_STATUS_LABELS: Record<LeadStatus, Localized> = {
  received: { 'zh-CN': '待受理', 'en-US': 'To triage' },
  accepted: { 'zh-CN': '核查中', 'en-US': 'Under verification' },
  shelved: { 'zh-CN': '暂存待查', 'en-US': 'Shelved' },
  closed: { 'zh-CN': '予以了结', 'en-US': 'Closed' },
  forwarded: { 'zh-CN': '已转办', 'en-US': 'Forwarded' },
  merged: { 'zh-CN': '已并案', 'en-US': 'Merged' },
  concluded: { 'zh-CN': '已办结', 'en-US': 'Concluded' },
};
/** The disposal ways' names as the sheets and the dashboard's briefing write them. */
export const DISPOSAL_LABELS: Record<Disposal, Localized> = {
  talk_or_inquiry_letter: { 'zh-CN': '谈话函询', 'en-US': 'Talk or inquiry letter' },
  preliminary_verification: { 'zh-CN': '初步核实', 'en-US': 'Preliminary verification' },
  shelved: { 'zh-CN': '暂存待查', 'en-US': 'Shelve' },
  closed_no_action: { 'zh-CN': '予以了结', 'en-US': 'Close without action' },
  forwarded: { 'zh-CN': '转办', 'en-US': 'Forward' },
  merged: { 'zh-CN': '并案', 'en-US': 'Merge' },
};

/**
 * The leads list as a sheet (线索台账): what the list shows, never the reporter (a lead holds no
 * identity) — the same rows the caller pages through, under the same filters.
 */
const leadExport = {
  recordType: 'lead',
  title: { 'zh-CN': '问题线索台账', 'en-US': 'Problem leads' },
  fileName: { 'zh-CN': '问题线索台账', 'en-US': 'problem-leads' },
  columns: [
    { header: { 'zh-CN': '线索编号', 'en-US': 'Code' }, value: (l) => l.code, width: 16 },
    {
      header: { 'zh-CN': '线索来源', 'en-US': 'Source' },
      value: (l) => l.source,
      format: { labels: LEAD_SOURCE_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '来源文号或出处', 'en-US': 'Source reference' },
      value: (l) => l.sourceRef,
      width: 24,
    },
    { header: { 'zh-CN': '问题摘要', 'en-US': 'Summary' }, value: (l) => l.summary, width: 40 },
    {
      header: { 'zh-CN': '涉及单位', 'en-US': 'Units concerned' },
      value: (l) => l.concernedUnits.map((u) => u.name).join('、'),
      width: 24,
    },
    {
      header: { 'zh-CN': '涉及人员', 'en-US': 'Persons concerned' },
      value: (l) => l.concernedPersons.map((p) => p.name).join('、'),
      width: 16,
    },
    { header: { 'zh-CN': '所属领域', 'en-US': 'Domain' }, value: (l) => l.domainTitle, width: 18 },
    {
      header: { 'zh-CN': '问题类型', 'en-US': 'Conduct' },
      value: (l) => l.conduct,
      format: { labels: CONDUCT_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '承办单位', 'en-US': 'Handling unit' }, value: (l) => l.unitName, width: 20 },
    {
      header: { 'zh-CN': '受理日期', 'en-US': 'Received on' },
      value: (l) => l.receivedOn,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '办理时限', 'en-US': 'Due date' },
      value: (l) => l.dueDate,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '处置方式', 'en-US': 'Disposal' },
      value: (l) => l.disposal,
      format: { labels: DISPOSAL_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (l) => l.status,
      format: { labels: LEAD_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '是否逾期', 'en-US': 'Overdue' },
      value: (l) => l.overdue,
      format: 'yesNo',
      width: 8,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listLeads', typeof listLeadsRoute>>[2];

const listCasesRoute = {
  method: 'GET',
  path: '/api/cases',
  tags: ['accountability'],
  summary: "Accountability cases (问责案件) handled in the caller's scope, due first",
  access: { permission: READ },
  query: caseListQuerySchema,
  response: { 200: pageOf(caseSchema) },
} as const;

const CASE_STATUS_LABELS: Record<CaseStatus, Localized> = {
  verifying: { 'zh-CN': '核查中', 'en-US': 'Verifying' },
  proposed: { 'zh-CN': '待审批', 'en-US': 'To approve' },
  decided: { 'zh-CN': '已决定', 'en-US': 'Decided' },
};
const CONCLUSION_LABELS: Record<VerificationConclusion, Localized> = {
  substantiated: { 'zh-CN': '属实', 'en-US': 'Substantiated' },
  partly_substantiated: { 'zh-CN': '部分属实', 'en-US': 'Partly substantiated' },
  not_substantiated: { 'zh-CN': '不属实', 'en-US': 'Not substantiated' },
};
/** 监督执纪"四种形态": the highest form among a case's determinations. */
export const DISCIPLINE_FORM_LABELS: Record<string, Localized> = {
  '1': { 'zh-CN': '第一种形态', 'en-US': 'First form' },
  '2': { 'zh-CN': '第二种形态', 'en-US': 'Second form' },
  '3': { 'zh-CN': '第三种形态', 'en-US': 'Third form' },
  '4': { 'zh-CN': '第四种形态', 'en-US': 'Fourth form' },
};

/**
 * 问责案件台账: the list's columns and the verification's conclusion — not the interviews, the
 * findings or the proposal, which are read (and audited) one case at a time.
 */
const caseExport = {
  recordType: 'accountability_case',
  title: { 'zh-CN': '问责案件台账', 'en-US': 'Accountability cases' },
  fileName: { 'zh-CN': '问责案件台账', 'en-US': 'accountability-cases' },
  columns: [
    { header: { 'zh-CN': '案件编号', 'en-US': 'Code' }, value: (c) => c.code, width: 16 },
    { header: { 'zh-CN': '问题摘要', 'en-US': 'Summary' }, value: (c) => c.summary, width: 40 },
    { header: { 'zh-CN': '承办单位', 'en-US': 'Handling unit' }, value: (c) => c.unitName, width: 20 },
    { header: { 'zh-CN': '承办人', 'en-US': 'Handler' }, value: (c) => c.handlerName, width: 10 },
    {
      header: { 'zh-CN': '处置方式', 'en-US': 'Disposal' },
      value: (c) => c.disposal,
      format: { labels: DISPOSAL_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '办理时限', 'en-US': 'Due date' },
      value: (c) => c.dueDate,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '是否逾期', 'en-US': 'Overdue' },
      value: (c) => c.overdue,
      format: 'yesNo',
      width: 8,
    },
    {
      header: { 'zh-CN': '核查结论', 'en-US': 'Conclusion' },
      value: (c) => c.conclusion,
      format: { labels: CONCLUSION_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '问责形态', 'en-US': 'Form' },
      value: (c) => c.form,
      format: { labels: DISCIPLINE_FORM_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '决定日期', 'en-US': 'Decided on' },
      value: (c) => c.decidedOn,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (c) => c.status,
      format: { labels: CASE_STATUS_LABELS },
      width: 10,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listCases', typeof listCasesRoute>>[2];

const listDeterminationsRoute = {
  method: 'GET',
  path: '/api/determinations',
  tags: ['accountability'],
  summary:
    "Responsibility determinations (责任认定) of the cases handled in the caller's scope, newest first (never about the caller; audited)",
  access: { permission: READ },
  query: determinationListQuerySchema,
  response: { 200: pageOf(determinationListItemSchema) },
} as const;

/** 问责方式 as the ledger writes them (the web's names; REFERENCE.md: 中国共产党问责条例 第八条). */
export const MEASURE_LABELS: Record<Measure, Localized> = {
  talk_reminder: { 'zh-CN': '谈话提醒', 'en-US': 'Reminder talk' },
  criticism_education: { 'zh-CN': '批评教育', 'en-US': 'Criticism and education' },
  written_inspection: { 'zh-CN': '责令检查', 'en-US': 'Written self-criticism' },
  circulated_criticism: { 'zh-CN': '通报', 'en-US': 'Circulated criticism' },
  admonition: { 'zh-CN': '诫勉', 'en-US': 'Admonition' },
  suspension: { 'zh-CN': '停职检查', 'en-US': 'Suspension for inspection' },
  reassignment: { 'zh-CN': '调整职务', 'en-US': 'Reassignment' },
  ordered_resignation: { 'zh-CN': '责令辞职', 'en-US': 'Ordered resignation' },
  demotion: { 'zh-CN': '降职', 'en-US': 'Demotion' },
  removal: { 'zh-CN': '免职', 'en-US': 'Removal from post' },
  major_reassignment: { 'zh-CN': '重大职务调整', 'en-US': 'Major reassignment' },
  case_review: {
    'zh-CN': '立案审查（严重违纪涉嫌违法）',
    'en-US': 'Case review (serious violation, suspected crime)',
  },
};
const EXEMPTION_OUTCOME_LABELS: Record<ExemptionOutcome, Localized> = {
  exempt: { 'zh-CN': '免予问责', 'en-US': 'Exempt' },
  mitigate: { 'zh-CN': '从轻减轻', 'en-US': 'Mitigate' },
  refuse: { 'zh-CN': '不予容错', 'en-US': 'Refuse' },
};

/**
 * 责任认定台账 (the persons held accountable): what the list shows — the person and their unit,
 * the case, its handling unit and status, the liability, the form, the measures, the
 * fault-tolerance outcome and the day decided. Not the conducts' details, the sanctions, the note
 * or the fault-tolerance requests, which the case's page shows (and audits) one case at a time.
 * The export walks `listDeterminations`, so a determination about the caller is never in it.
 */
const determinationExport = {
  recordType: 'determination',
  title: { 'zh-CN': '责任认定台账', 'en-US': 'Responsibility determinations' },
  fileName: { 'zh-CN': '责任认定台账', 'en-US': 'responsibility-determinations' },
  columns: [
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (d) => d.person.name, width: 10 },
    {
      header: { 'zh-CN': '所在单位', 'en-US': "Person's unit" },
      value: (d) => d.person.unitName,
      width: 20,
    },
    { header: { 'zh-CN': '案件编号', 'en-US': 'Case' }, value: (d) => d.caseCode, width: 16 },
    {
      header: { 'zh-CN': '案件状态', 'en-US': 'Case status' },
      value: (d) => d.caseStatus,
      format: { labels: CASE_STATUS_LABELS },
      width: 10,
    },
    { header: { 'zh-CN': '承办单位', 'en-US': 'Handling unit' }, value: (d) => d.unitName, width: 20 },
    {
      header: { 'zh-CN': '责任类型', 'en-US': 'Liability' },
      value: (d) => d.liability,
      format: { labels: LIABILITY_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '问责形态', 'en-US': 'Form' },
      value: (d) => (d.form === null ? null : String(d.form)),
      format: { labels: DISCIPLINE_FORM_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '问责方式', 'en-US': 'Measures' },
      value: (d, _, locale) =>
        d.measures.map((m) => MEASURE_LABELS[m][locale]).join(locale === 'zh-CN' ? '、' : '; '),
      width: 28,
    },
    {
      header: { 'zh-CN': '容错结果', 'en-US': 'Fault tolerance' },
      value: (d) => d.exemption,
      format: { labels: EXEMPTION_OUTCOME_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '决定日期', 'en-US': 'Decided on' },
      value: (d) => d.decidedOn,
      format: 'date',
      width: 12,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listDeterminations', typeof listDeterminationsRoute>>[2];

const listUnitDeterminationsRoute = {
  method: 'GET',
  path: '/api/unit-determinations',
  tags: ['accountability'],
  summary:
    "Determinations about the people of the caller's units, for the unit's fault-tolerance application (申请容错免责); newest first",
  access: { permission: 'accountability.exemption.apply' },
  query: unitDeterminationListQuerySchema,
  response: { 200: pageOf(unitDeterminationSchema) },
} as const;

/**
 * 本单位人员责任认定及容错申请情况: what the unit's list shows — its people held accountable, the
 * case, the liability and conducts, the fault-tolerance outcome and the unit's requests — audited
 * as `determination.exported` (the operation tells it from the supervision side's ledger).
 */
const unitDeterminationExport = {
  recordType: 'determination',
  title: { 'zh-CN': '本单位人员责任认定及容错申请情况', 'en-US': "Determinations about the unit's people" },
  fileName: { 'zh-CN': '本单位人员责任认定', 'en-US': 'unit-determinations' },
  columns: [
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (d) => d.person.name, width: 10 },
    { header: { 'zh-CN': '案件编号', 'en-US': 'Case' }, value: (d) => d.caseCode, width: 16 },
    {
      header: { 'zh-CN': '案件状态', 'en-US': 'Case status' },
      value: (d) => d.caseStatus,
      format: { labels: CASE_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '责任类型', 'en-US': 'Liability' },
      value: (d) => d.liability,
      format: { labels: LIABILITY_LABELS },
      width: 14,
    },
    {
      header: { 'zh-CN': '问题类型', 'en-US': 'Conduct' },
      value: (d, _, locale) =>
        d.conducts.map((c) => CONDUCT_LABELS[c][locale]).join(locale === 'zh-CN' ? '、' : '; '),
      width: 24,
    },
    {
      header: { 'zh-CN': '容错结果', 'en-US': 'Fault tolerance' },
      value: (d) => d.exemption,
      format: { labels: EXEMPTION_OUTCOME_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '容错申请', 'en-US': 'Requests' },
      value: (d) => d.requests.length,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '待决定申请', 'en-US': 'Requests pending' },
      value: (d) => d.requests.filter((r) => r.status === 'pending').length,
      format: 'number',
      width: 10,
    },
  ],
} satisfies Parameters<
  typeof listExportRoute<'listUnitDeterminations', typeof listUnitDeterminationsRoute>
>[2];

export const accountabilityContract = defineModuleContract({
  name: 'accountability',
  permissions: [
    'accountability.lead.read',
    'accountability.lead.intake',
    'accountability.lead.handle',
    'accountability.decision.approve',
    'accountability.identity.reveal',
    'accountability.settings.manage',
    'accountability.person_record.read',
    'accountability.exemption.apply',
  ],
  grants: {
    supervisor: [
      'accountability.lead.read',
      'accountability.lead.intake',
      'accountability.lead.handle',
      'accountability.decision.approve',
      'accountability.identity.reveal',
      'accountability.settings.manage',
      'accountability.person_record.read',
    ],
    campaign_admin: [
      'accountability.lead.read',
      'accountability.lead.intake',
      'accountability.settings.manage',
    ],
    leader: ['accountability.person_record.read'],
    // The unit applies for fault tolerance for its people (申请容错免责), signed by its head.
    unit_leader: ['accountability.exemption.apply'],
  },
  records: {
    lead: { readPermission: READ },
    accountability_case: { readPermission: READ },
    determination: { readPermission: READ },
    exemption_request: { readPermission: READ },
    accountability_settings: { readPermission: READ },
  },
  auditEvents: [
    createdEvent('lead.created', 'lead', leadAuditShape),
    updatedEvent('lead.updated', 'lead', leadAuditShape),
    viewedEvent('lead.viewed', 'lead'),
    listExportedEvent('lead'),
    transitionEvent('lead.accepted', 'lead', triageShape),
    transitionEvent('lead.shelved', 'lead', triageShape),
    transitionEvent('lead.closed', 'lead', triageShape),
    transitionEvent('lead.forwarded', 'lead', triageShape),
    transitionEvent('lead.merged', 'lead', triageShape),
    transitionEvent('lead.reopened', 'lead'),
    transitionEvent('lead.concluded', 'lead'),
    transitionEvent('lead.appealed', 'lead'),
    updatedEvent('lead.evidence_added', 'lead', { fileIds: auditField.ids, byReporter: auditField.bool }),
    auditEvent('lead.message_sent', 'lead', {
      after: z.object({ messageId: z.string(), direction: z.string() }).strict(),
    }),
    updatedEvent('lead.satisfaction_stated', 'lead', { satisfaction: auditField.text }),
    auditEvent('lead.reporter_revealed', 'lead', { after: z.object({ reason: z.string() }).strict() }),
    updatedEvent('accountability_settings.updated', 'accountability_settings', {
      deadlines: z.record(z.string(), z.number()),
      leadUnitId: auditField.id,
      dualInquiryOverdueWorkingDays: auditField.int,
    }),
    createdEvent('accountability_case.created', 'accountability_case', {
      code: auditField.text,
      leadId: auditField.id,
      disposal: auditField.text,
      handlerId: auditField.id,
      dueDate: auditField.date,
    }),
    updatedEvent('accountability_case.verification_updated', 'accountability_case', {
      interviews: auditField.text,
      findings: auditField.text,
      conclusion: auditField.text,
    }),
    updatedEvent('accountability_case.requirement_confirmed', 'accountability_case', {
      requirement: auditField.text,
      confirmed: auditField.bool,
      note: auditField.text,
    }),
    updatedEvent('accountability_case.evidence_added', 'accountability_case', { fileIds: auditField.ids }),
    viewedEvent('accountability_case.viewed', 'accountability_case'),
    listExportedEvent('accountability_case'),
    transitionEvent('accountability_case.proposed', 'accountability_case'),
    transitionEvent('accountability_case.approved', 'accountability_case', { decidedOn: auditField.date }),
    transitionEvent('accountability_case.returned', 'accountability_case'),
    auditEvent('accountability_case.dual_inquiry_opened', 'accountability_case', {
      after: z.object({ leadIds: z.array(z.string()), kinds: z.array(z.string()) }).strict(),
    }),
    createdEvent('determination.created', 'determination', determinationAuditShape),
    updatedEvent('determination.updated', 'determination', determinationAuditShape),
    deletedEvent('determination.deleted', 'determination', determinationAuditShape),
    auditEvent('determination.sanction_lapsed', 'determination', {
      after: z
        .object({ caseId: z.string(), sanctionId: z.string(), kind: z.string(), lapsesOn: z.string() })
        .strict(),
    }),
    createdEvent('exemption_request.created', 'exemption_request', {
      determinationId: auditField.id,
      caseId: auditField.id,
      ground: auditField.text,
      statement: auditField.text,
      fileIds: auditField.ids,
    }),
    transitionEvent('exemption_request.decided', 'exemption_request', {
      caseId: auditField.id,
      outcome: auditField.text,
    }),
    viewedEvent('person.accountability_viewed', 'person'),
    // Who paged through the persons held accountable, under which filter.
    viewedEvent('determination.list_viewed', 'determination'),
    listExportedEvent('determination'),
  ],
  errors: {
    /** The decision step is locked until the six requirements are confirmed and a conclusion drawn. */
    DECISION_LOCKED: 409,
    /** Four eyes: the handler or the proposer of a decision cannot approve it. */
    FOUR_EYES: 403,
    /** A receipt code that finds no report (or a wrong one: the same answer). */
    RECEIPT_NOT_FOUND: 404,
    /**
     * A public report not filed this time (its receipt code could not be drawn): nothing stored and
     * its proof of work still good, so the citizen sends it again (Retry-After).
     */
    REPORT_NOT_FILED: 503,
    /** The reporter already appealed, or rated, or the report is not closed yet. */
    REPORT_STEP_NOT_OPEN: 409,
    /** The password given to reveal a reporter's identity is wrong. */
    REVEAL_PASSWORD_WRONG: 403,
  },
  routes: defineRoutes({
    // ---- leads
    listLeads: listLeadsRoute,
    exportLeads: listExportRoute('listLeads', listLeadsRoute, leadExport),
    createLead: {
      method: 'POST',
      path: '/api/leads',
      tags: ['accountability'],
      summary:
        'Register a lead from a superior assignment, a leader instruction, media exposure, an inspection or another source',
      access: { permission: 'accountability.lead.intake' },
      body: createLeadSchema,
      response: { 201: leadSchema },
    },
    getLead: {
      method: 'GET',
      path: '/api/leads/:id',
      tags: ['accountability'],
      summary:
        'One lead with its attachments, messages, possible duplicates, repeat flags and proposed responsible units (audited); 404 to anyone who may not read it',
      // Anyone signed in asks; whoever may not read it (the unit it concerns, its leaders) learns only that it does not exist.
      access: { signedIn: true },
      record: 'lead',
      params: idParamsSchema,
      response: { 200: leadDetailSchema },
    },
    updateLead: {
      method: 'PATCH',
      path: '/api/leads/:id',
      tags: ['accountability'],
      summary: 'Correct a lead before triage',
      access: { permission: 'accountability.lead.intake' },
      record: 'lead',
      params: idParamsSchema,
      body: updateLeadSchema,
      response: { 200: leadSchema },
    },
    triageLead: {
      method: 'POST',
      path: '/api/leads/:id/triage',
      tags: ['accountability'],
      summary:
        'Triage (受理/分流): accept for talk/inquiry or preliminary verification (opens a case), shelve, close, forward or merge',
      access: { permission: HANDLE },
      record: 'lead',
      params: idParamsSchema,
      body: triageLeadSchema,
      response: { 200: leadSchema },
    },
    reopenLead: {
      method: 'POST',
      path: '/api/leads/:id/reopen',
      tags: ['accountability'],
      summary: 'Take a shelved lead back to triage, with a reason',
      access: { permission: HANDLE },
      record: 'lead',
      params: idParamsSchema,
      body: z.object({ reason: nameText(1000) }).strict(),
      response: { 200: leadSchema },
    },
    addLeadEvidence: {
      method: 'POST',
      path: '/api/leads/:id/evidence',
      tags: ['accountability'],
      summary: 'Attach uploaded files to a lead',
      access: { permission: 'accountability.lead.intake' },
      record: 'lead',
      params: idParamsSchema,
      body: addFilesSchema,
      response: { 200: leadDetailSchema },
    },
    sendLeadMessage: {
      method: 'POST',
      path: '/api/leads/:id/messages',
      tags: ['accountability'],
      summary: "Write to a public report's reporter (they read it with their receipt code)",
      access: { permission: HANDLE },
      record: 'lead',
      params: idParamsSchema,
      body: sendLeadMessageSchema,
      response: { 201: leadMessageSchema },
    },
    revealLeadReporter: {
      method: 'POST',
      path: '/api/leads/:id/reveal-reporter',
      tags: ['accountability'],
      summary:
        "A named reporter's identity and contact, after re-entering the password, with a reason (audited; the reporter sees that it was revealed)",
      access: { permission: 'accountability.identity.reveal' },
      record: 'lead',
      params: idParamsSchema,
      body: revealReporterSchema,
      response: { 200: revealedReporterSchema },
    },
    getAccountabilitySettings: {
      method: 'GET',
      path: '/api/accountability-settings',
      tags: ['accountability'],
      summary: 'Handling deadlines per source, the unit new leads go to, the 一案双查 threshold',
      access: { permission: READ },
      query: settingsQuerySchema,
      response: { 200: accountabilitySettingsSchema },
    },
    updateAccountabilitySettings: {
      method: 'PATCH',
      path: '/api/accountability-settings',
      tags: ['accountability'],
      summary: "Change a campaign's accountability settings",
      access: { permission: 'accountability.settings.manage', scope: 'all' },
      query: settingsQuerySchema,
      body: updateAccountabilitySettingsSchema,
      response: { 200: accountabilitySettingsSchema },
    },
    // ---- cases
    listCases: listCasesRoute,
    exportCases: listExportRoute('listCases', listCasesRoute, caseExport),
    getCase: {
      method: 'GET',
      path: '/api/cases/:id',
      tags: ['accountability'],
      summary:
        'One case: its lead, verification, the six requirements, determinations, exemptions, linked inquiries',
      access: { permission: READ },
      record: 'accountability_case',
      params: idParamsSchema,
      response: { 200: caseDetailSchema },
    },
    updateCaseVerification: {
      method: 'PUT',
      path: '/api/cases/:id/verification',
      tags: ['accountability'],
      summary: 'Record the verification (核查): interviews, findings, conclusion',
      access: { permission: HANDLE },
      record: 'accountability_case',
      params: idParamsSchema,
      body: updateVerificationSchema,
      response: { 200: caseDetailSchema },
    },
    confirmCaseRequirement: {
      method: 'PUT',
      path: '/api/cases/:id/requirements/:requirement',
      tags: ['accountability'],
      summary: 'Confirm one of the six requirements with a note (or withdraw the confirmation)',
      access: { permission: HANDLE },
      record: 'accountability_case',
      params: requirementParamsSchema,
      body: confirmRequirementSchema,
      response: { 200: caseDetailSchema },
    },
    addCaseEvidence: {
      method: 'POST',
      path: '/api/cases/:id/evidence',
      tags: ['accountability'],
      summary: 'Attach uploaded evidence (interview records, documents) to a case',
      access: { permission: HANDLE },
      record: 'accountability_case',
      params: idParamsSchema,
      body: addFilesSchema,
      response: { 200: caseDetailSchema },
    },
    createDetermination: {
      method: 'POST',
      path: '/api/cases/:id/determinations',
      tags: ['accountability'],
      summary: "Determine one person's responsibility and the disposition (measures, sanctions)",
      access: { permission: HANDLE },
      record: 'accountability_case',
      params: idParamsSchema,
      body: createDeterminationSchema,
      response: { 201: determinationSchema },
    },
    updateDetermination: {
      method: 'PATCH',
      path: '/api/determinations/:id',
      tags: ['accountability'],
      summary: 'Change a determination while its case is being verified',
      access: { permission: HANDLE },
      record: 'determination',
      params: idParamsSchema,
      body: updateDeterminationSchema,
      response: { 200: determinationSchema },
    },
    deleteDetermination: {
      method: 'DELETE',
      path: '/api/determinations/:id',
      tags: ['accountability'],
      summary: 'Remove a determination while its case is being verified',
      access: { permission: HANDLE },
      record: 'determination',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    requestExemption: {
      method: 'POST',
      path: '/api/determinations/:id/exemption-requests',
      tags: ['accountability'],
      summary: 'Request fault tolerance (容错) for a determined person, citing a ground, with evidence',
      access: { permission: HANDLE },
      record: 'determination',
      params: idParamsSchema,
      body: createExemptionRequestSchema,
      response: { 201: exemptionRequestSchema },
    },
    listDeterminations: listDeterminationsRoute,
    exportDeterminations: listExportRoute('listDeterminations', listDeterminationsRoute, determinationExport),
    listUnitDeterminations: listUnitDeterminationsRoute,
    exportUnitDeterminations: listExportRoute(
      'listUnitDeterminations',
      listUnitDeterminationsRoute,
      unitDeterminationExport,
    ),
    applyForExemption: {
      method: 'POST',
      path: '/api/unit-determinations/:id/exemption-requests',
      tags: ['accountability'],
      summary:
        'The unit applies for fault tolerance (容错) for one of its people while the case is open, citing a ground, with evidence',
      access: { permission: 'accountability.exemption.apply' },
      params: idParamsSchema,
      body: createExemptionRequestSchema,
      response: { 201: unitDeterminationSchema },
      errors: [404],
    },
    decideExemption: {
      method: 'POST',
      path: '/api/exemption-requests/:id/decide',
      tags: ['accountability'],
      summary:
        'Decide a fault-tolerance request (免予问责 / 从轻减轻 / 不予容错), by a supervisor who does not handle the case',
      access: { permission: 'accountability.decision.approve' },
      record: 'exemption_request',
      params: idParamsSchema,
      body: decideExemptionSchema,
      response: { 200: exemptionRequestSchema },
    },
    openDualInquiry: {
      method: 'POST',
      path: '/api/cases/:id/dual-inquiries',
      tags: ['accountability'],
      summary: '一案双查: open linked inquiries into primary and oversight responsibility (new leads)',
      access: { permission: HANDLE },
      record: 'accountability_case',
      params: idParamsSchema,
      body: openDualInquirySchema,
      response: { 201: z.object({ items: z.array(leadSchema) }) },
    },
    ...workflowRoutes(CASE_WORKFLOW, {
      name: 'Case',
      basePath: '/api/cases/:id',
      tags: ['accountability'],
      response: caseSchema,
      summaries: {
        propose:
          'Propose the decision (提出处理意见): locked until the six requirements are confirmed and a conclusion drawn',
        approve: 'Approve the decision (审批): a second supervisor, neither the handler nor the proposer',
        return: 'Return the proposal to verification, with a reason',
      },
    }),
    getPersonAccountability: {
      method: 'GET',
      path: '/api/persons/:id/accountability',
      tags: ['accountability'],
      summary:
        "A person's accountability record: decided determinations, active and lapsed sanctions (audited)",
      access: { permission: 'accountability.person_record.read' },
      params: idParamsSchema,
      response: { 200: personAccountabilitySchema },
    },
    // ---- public reports
    submitPublicReport: {
      method: 'POST',
      path: '/api/portal/reports',
      tags: ['portal'],
      summary:
        'Report inaction (群众举报), named or anonymous (proof of work); answers the receipt code, shown once',
      access: { public: true },
      body: submitPublicReportSchema,
      // Four receipt codes in a row whose lookup keys other reports hold (not chance): send again.
      errors: [503],
      response: { 201: submittedReportSchema },
    },
    getPublicReportStatus: {
      method: 'POST',
      path: '/api/portal/reports/status',
      tags: ['portal'],
      summary:
        "A report's status and the handler's messages, by its receipt code (sent in the body, never the URL)",
      access: { public: true },
      body: receiptCodeSchema,
      // A receipt code that opens no report.
      errors: [404],
      response: { 200: publicReportStatusSchema },
    },
    replyToPublicReport: {
      method: 'POST',
      path: '/api/portal/reports/messages',
      tags: ['portal'],
      summary: "The reporter's reply to the handler",
      access: { public: true },
      body: reportReplySchema,
      // A receipt code that opens no report.
      errors: [404],
      response: { 200: publicReportStatusSchema },
    },
    addPublicReportEvidence: {
      method: 'POST',
      path: '/api/portal/reports/evidence',
      tags: ['portal'],
      summary: 'Add an evidence file to a report (multipart: field `receiptCode`, then the file `file`)',
      access: { public: true },
      upload: true,
      body: multipartFileBody,
      // A receipt code that opens no report.
      errors: [404],
      response: { 200: publicReportStatusSchema },
    },
    ratePublicReport: {
      method: 'POST',
      path: '/api/portal/reports/satisfaction',
      tags: ['portal'],
      summary: 'After closure, say whether the reporter is satisfied (满意 / 基本满意 / 不满意)',
      access: { public: true },
      body: reportSatisfactionSchema,
      // A receipt code that opens no report.
      errors: [404],
      response: { 200: publicReportStatusSchema },
    },
    appealPublicReport: {
      method: 'POST',
      path: '/api/portal/reports/appeal',
      tags: ['portal'],
      summary: 'After closure, appeal once: the lead goes back to triage',
      access: { public: true },
      body: reportAppealSchema,
      // A receipt code that opens no report.
      errors: [404],
      response: { 200: publicReportStatusSchema },
    },
  }),
});
