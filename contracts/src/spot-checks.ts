import { z } from 'zod';
import { conductSchema } from './conduct';
import { auditField, createdEvent, transitionEvent, updatedEvent } from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  nameText,
  optionalText,
  pageOf,
  pageQuery,
  queryInt,
  searchText,
  text,
} from './core/common';
import { defineRoutes } from './core/http';
import { type ExportColumn, type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';

/**
 * 双随机一公开 — random spot checks: an organising unit keeps two rosters, its inspection targets
 * (检查对象名录库, units) and its inspectors (执法检查人员名录库, persons, with their conflicts of
 * interest), and a list of check items (随机抽查事项清单). A spot-check plan draws targets and,
 * for each, inspectors at random from a seed anyone can recompute: the plan and the rosters are
 * committed first (a SHA-256 commitment), then a public value published later decides the seed.
 * Inspectors record results and findings per target; a finding becomes a rectification item or
 * a transfer to the supervision department; the plan and its results are published on the portal.
 */

// ---------------------------------------------------------------- vocabularies

/** 一般检查事项 (the sampling ratio is capped) / 重点检查事项 (no cap). */
export const SPOT_CHECK_KINDS = ['general', 'key'] as const;
export const spotCheckKindSchema = z.enum(SPOT_CHECK_KINDS);
export type SpotCheckKind = z.infer<typeof spotCheckKindSchema>;

/** What an inspection of one target found: 未发现问题 / 发现问题. */
export const SPOT_CHECK_OUTCOMES = ['no_problem', 'problems_found'] as const;
export const spotCheckOutcomeSchema = z.enum(SPOT_CHECK_OUTCOMES);
export type SpotCheckOutcome = z.infer<typeof spotCheckOutcomeSchema>;

/** 一般 / 较重 / 严重. */
export const SPOT_CHECK_SEVERITIES = ['minor', 'serious', 'severe'] as const;
export const spotCheckSeveritySchema = z.enum(SPOT_CHECK_SEVERITIES);
export type SpotCheckSeverity = z.infer<typeof spotCheckSeveritySchema>;

/** What becomes of a finding: a rectification ledger item (整改) or a transfer as a lead (移交). */
export const SPOT_CHECK_DISPOSITIONS = ['rectification', 'transfer'] as const;
export const spotCheckDispositionSchema = z.enum(SPOT_CHECK_DISPOSITIONS);
export type SpotCheckDisposition = z.infer<typeof spotCheckDispositionSchema>;

/** The published draw algorithm (docs/design/spot-checks.md); a stored draw names the version it used. */
export const SPOT_CHECK_ALGORITHM = 'zeren-spot-check-draw/1' as const;

/** At least two inspectors go to each target (双随机: 执法人员不少于两人). */
export const MIN_INSPECTORS_PER_TARGET = 2;

// ---------------------------------------------------------------- the plan's lifecycle

export const SPOT_CHECK_PLAN_STATUSES = [
  'draft', // 拟定
  'committed', // 已锁定（承诺值已公布）
  'drawn', // 已抽取
  'in_progress', // 检查中
  'completed', // 已完成
  'published', // 已公示
] as const;
export const spotCheckPlanStatusSchema = z.enum(SPOT_CHECK_PLAN_STATUSES);
export type SpotCheckPlanStatus = z.infer<typeof spotCheckPlanStatusSchema>;

export const SPOT_CHECK_PLAN_WORKFLOW = defineWorkflow({
  recordType: 'spot_check_plan',
  states: SPOT_CHECK_PLAN_STATUSES,
  actions: {
    /** 锁定: the parameters and the rosters are frozen and their SHA-256 commitment recorded. */
    commit: {
      from: ['draft'],
      to: 'committed',
      permission: 'spotCheck.manage',
      audit: 'spot_check_plan.committed',
    },
    /** 抽取: the seed comes from the commitment and a public value published after it. */
    draw: {
      from: ['committed'],
      to: 'drawn',
      permission: 'spotCheck.manage',
      audit: 'spot_check_plan.drawn',
    },
    /** 开始检查 */
    start: {
      from: ['drawn'],
      to: 'in_progress',
      permission: 'spotCheck.manage',
      audit: 'spot_check_plan.started',
    },
    /** 完成检查: every drawn target has its result. */
    complete: {
      from: ['in_progress'],
      to: 'completed',
      permission: 'spotCheck.manage',
      audit: 'spot_check_plan.completed',
    },
    /** 公示: the plan, the draw and the results go to the portal. */
    publish: {
      from: ['completed'],
      to: 'published',
      permission: 'spotCheck.manage',
      audit: 'spot_check_plan.published',
    },
  },
});
export type SpotCheckPlanAction = keyof typeof SPOT_CHECK_PLAN_WORKFLOW.actions;

// ---------------------------------------------------------------- rosters

export const spotCheckRosterTargetSchema = z
  .object({
    id: idSchema,
    /** The organising unit whose roster this is. */
    unitId: idSchema,
    unitName: z.string(),
    targetUnitId: idSchema,
    targetUnitName: z.string(),
    /** 行业/类别, free text the organiser files targets under. */
    category: z.string().nullable(),
    note: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SpotCheckRosterTarget' });
export type SpotCheckRosterTarget = z.infer<typeof spotCheckRosterTargetSchema>;

export const createSpotCheckRosterTargetSchema = z
  .object({
    unitId: idSchema,
    targetUnitId: idSchema,
    category: optionalText(50),
    note: optionalText(500),
  })
  .strict();
export type CreateSpotCheckRosterTargetInput = z.infer<typeof createSpotCheckRosterTargetSchema>;

export const updateSpotCheckRosterTargetSchema = z
  .object({ category: optionalText(50), note: optionalText(500), active: z.boolean() })
  .partial()
  .strict();
export type UpdateSpotCheckRosterTargetInput = z.infer<typeof updateSpotCheckRosterTargetSchema>;

/** A conflict of interest: the inspector never goes to this unit (回避). */
export const spotCheckConflictSchema = z
  .object({ unitId: idSchema, reason: nameText(200) })
  .strict()
  .meta({ id: 'SpotCheckConflict' });
export type SpotCheckConflict = z.infer<typeof spotCheckConflictSchema>;

export const spotCheckInspectorSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    personId: idSchema,
    personName: z.string(),
    /** The unit the inspector belongs to: never drawn for it (回避). */
    personUnitId: idSchema,
    personUnitName: z.string(),
    /** 执法证号 */
    certificateNo: z.string().nullable(),
    conflicts: z.array(spotCheckConflictSchema.extend({ unitName: z.string() })),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SpotCheckInspector' });
export type SpotCheckInspector = z.infer<typeof spotCheckInspectorSchema>;

const conflictsField = z
  .array(spotCheckConflictSchema)
  .max(50)
  .refine((list) => new Set(list.map((c) => c.unitId)).size === list.length, {
    message: 'a unit is listed twice',
    params: { key: 'spotChecks.listed_twice' },
  });

export const createSpotCheckInspectorSchema = z
  .object({
    unitId: idSchema,
    personId: idSchema,
    certificateNo: optionalText(50),
    conflicts: conflictsField.default([]),
  })
  .strict();
export type CreateSpotCheckInspectorInput = z.infer<typeof createSpotCheckInspectorSchema>;

export const updateSpotCheckInspectorSchema = z
  .object({ certificateNo: optionalText(50), conflicts: conflictsField, active: z.boolean() })
  .partial()
  .strict();
export type UpdateSpotCheckInspectorInput = z.infer<typeof updateSpotCheckInspectorSchema>;

export const spotCheckItemSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    /** 事项编码 */
    code: z.string(),
    title: z.string(),
    /** 检查依据 */
    basis: z.string().nullable(),
    /** 检查方式 */
    method: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SpotCheckItem' });
export type SpotCheckItem = z.infer<typeof spotCheckItemSchema>;

const checkItemFields = {
  code: nameText(30),
  title: nameText(200),
  basis: optionalText(1000),
  method: optionalText(500),
};

export const createSpotCheckItemSchema = z.object({ unitId: idSchema, ...checkItemFields }).strict();
export type CreateSpotCheckItemInput = z.infer<typeof createSpotCheckItemSchema>;

export const updateSpotCheckItemSchema = z
  .object({ ...checkItemFields, active: z.boolean() })
  .partial()
  .strict();
export type UpdateSpotCheckItemInput = z.infer<typeof updateSpotCheckItemSchema>;

export const spotCheckRosterQuerySchema = z
  .object({
    /** The organising unit whose roster to list. */
    unitId: idSchema.optional(),
    active: z.enum(['true', 'false']).optional(),
    q: searchText(),
    ...pageQuery,
  })
  .strict();
export type SpotCheckRosterQuery = z.infer<typeof spotCheckRosterQuerySchema>;

// ---------------------------------------------------------------- the draw

/**
 * One random number of the draw: the counter it was made from, its value (a 32-bit unsigned
 * integer), the bound it was reduced to, and what it picked (nothing when it was rejected to keep
 * the choice unbiased). `targetIndex` is the slot of the target being filled or served (0-based).
 */
export const spotCheckDrawStepSchema = z
  .object({
    counter: z.number().int(),
    value: z.number().int(),
    bound: z.number().int(),
    accepted: z.boolean(),
    kind: z.enum(['target', 'inspector']),
    targetIndex: z.number().int(),
    /** The roster entry picked (a target's or an inspector's); null when rejected. */
    rosterId: idSchema.nullable(),
  })
  .meta({ id: 'SpotCheckDrawStep' });
export type SpotCheckDrawStep = z.infer<typeof spotCheckDrawStepSchema>;

// ---------------------------------------------------------------- plans

export const spotCheckPlanSchema = z
  .object({
    id: idSchema,
    /** 抽-2026-0003: numbered per campaign. */
    code: z.string(),
    campaignId: idSchema,
    /** The organising unit (组织单位): the plan is its record. */
    unitId: idSchema,
    unitName: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: spotCheckKindSchema,
    targetCount: z.number().int(),
    /** 一般检查的抽查比例上限 (percent of the eligible targets); null for a key check. */
    ratioCapPercent: z.number().int().nullable(),
    inspectorsPerTarget: z.number().int(),
    checkItems: z.array(z.object({ id: idSchema, code: z.string(), title: z.string() })),
    status: spotCheckPlanStatusSchema,
    /** Frozen at commitment: the active roster entries the draw chooses from. */
    eligibleTargets: z.number().int().nullable(),
    eligibleInspectors: z.number().int().nullable(),
    /** SHA-256 (hex) of the canonical draw input, and when it was recorded. */
    commitment: z.string().nullable(),
    committedAt: z.string().nullable(),
    /** The public value (e.g. a lottery's winning numbers), where it was published, and on what day. */
    publicValue: z.string().nullable(),
    publicValueSource: z.string().nullable(),
    publicValueDate: dateSchema.nullable(),
    /** SHA-256(commitment bytes ‖ UTF-8 public value), hex. */
    seed: z.string().nullable(),
    algorithm: z.string().nullable(),
    drawnAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    targetsTotal: z.number().int(),
    targetsChecked: z.number().int(),
    findingCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SpotCheckPlan' });
export type SpotCheckPlan = z.infer<typeof spotCheckPlanSchema>;

export const spotCheckPlanInspectorSchema = z.object({
  personId: idSchema,
  rosterId: idSchema,
  name: z.string(),
  unitName: z.string(),
});

export const spotCheckTargetSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    planCode: z.string(),
    planTitle: z.string(),
    planStatus: spotCheckPlanStatusSchema,
    planKind: spotCheckKindSchema,
    organizerUnitName: z.string(),
    /** The unit inspected. */
    unitId: idSchema,
    unitName: z.string(),
    rosterId: idSchema,
    /** Draw order, from 1. */
    ordinal: z.number().int(),
    inspectors: z.array(spotCheckPlanInspectorSchema),
    outcome: spotCheckOutcomeSchema.nullable(),
    resultSummary: z.string().nullable(),
    checkedOn: dateSchema.nullable(),
    findingCount: z.number().int(),
    /** The caller is one of the target's inspectors (records its result and findings). */
    assignedToCaller: z.boolean(),
  })
  .meta({ id: 'SpotCheckTarget' });
export type SpotCheckTarget = z.infer<typeof spotCheckTargetSchema>;

export const spotCheckFindingSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    targetId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    problem: z.string(),
    conduct: conductSchema,
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    severity: spotCheckSeveritySchema,
    disposition: spotCheckDispositionSchema.nullable(),
    dispositionNote: z.string().nullable(),
    /** The rectification ledger item the finding became (set once the ledger is wired). */
    rectificationItemId: idSchema.nullable(),
    /** The transfer to the supervision department the finding became. */
    transferId: idSchema.nullable(),
    disposedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SpotCheckFinding' });
export type SpotCheckFinding = z.infer<typeof spotCheckFindingSchema>;

export const spotCheckPlanDetailSchema = z
  .object({
    plan: spotCheckPlanSchema,
    targets: z.array(spotCheckTargetSchema),
    findings: z.array(spotCheckFindingSchema),
    /** The canonical JSON the commitment hashes (null before commitment). */
    drawInput: z.string().nullable(),
    steps: z.array(spotCheckDrawStepSchema),
  })
  .meta({ id: 'SpotCheckPlanDetail' });
export type SpotCheckPlanDetail = z.infer<typeof spotCheckPlanDetailSchema>;

export const spotCheckTargetDetailSchema = z
  .object({
    target: spotCheckTargetSchema,
    findings: z.array(spotCheckFindingSchema),
    checkItems: z.array(z.object({ id: idSchema, code: z.string(), title: z.string() })),
  })
  .meta({ id: 'SpotCheckTargetDetail' });
export type SpotCheckTargetDetail = z.infer<typeof spotCheckTargetDetailSchema>;

const planFields = {
  title: nameText(200),
  description: optionalText(2000),
  kind: spotCheckKindSchema,
  targetCount: z.number().int().min(1).max(500),
  ratioCapPercent: z.number().int().min(1).max(100).nullable(),
  inspectorsPerTarget: z.number().int().min(MIN_INSPECTORS_PER_TARGET).max(10),
  checkItemIds: z
    .array(idSchema)
    .min(1)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'an item is listed twice',
      params: { key: 'spotChecks.listed_twice' },
    }),
};

/** A general check names its cap; a key check has none. */
const capMatchesKind = (v: {
  kind?: SpotCheckKind | undefined;
  ratioCapPercent?: number | null | undefined;
}) =>
  v.kind === undefined ||
  v.ratioCapPercent === undefined ||
  (v.kind === 'general' ? v.ratioCapPercent !== null : v.ratioCapPercent === null);

export const createSpotCheckPlanSchema = z
  .object({
    campaignId: idSchema,
    /** The organising unit. */
    unitId: idSchema,
    ...planFields,
    inspectorsPerTarget: planFields.inspectorsPerTarget.default(MIN_INSPECTORS_PER_TARGET),
  })
  .strict()
  .refine((v) => (v.kind === 'general' ? v.ratioCapPercent !== null : v.ratioCapPercent === null), {
    message: 'a general check needs a sampling cap; a key check has none',
    path: ['ratioCapPercent'],
    params: { key: 'spotChecks.cap_by_kind' },
  });
export type CreateSpotCheckPlanInput = z.infer<typeof createSpotCheckPlanSchema>;

export const updateSpotCheckPlanSchema = z
  .object(planFields)
  .partial()
  .strict()
  .refine(capMatchesKind, {
    message: 'a general check needs a sampling cap; a key check has none',
    path: ['ratioCapPercent'],
    params: { key: 'spotChecks.cap_by_kind' },
  });
export type UpdateSpotCheckPlanInput = z.infer<typeof updateSpotCheckPlanSchema>;

export const spotCheckPlanListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    status: spotCheckPlanStatusSchema.optional(),
    kind: spotCheckKindSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type SpotCheckPlanListQuery = z.infer<typeof spotCheckPlanListQuerySchema>;

/** The public value that decides the seed, entered after the commitment. */
export const drawSpotCheckPlanSchema = z
  .object({
    publicValue: nameText(200),
    /** Where anyone can read it: 中国福利彩票双色球第2026071期开奖号码, 上证指数2026年6月30日收盘点位… */
    publicValueSource: nameText(300),
    /** The day it was published: after the day of the commitment, not after today. */
    publicValueDate: dateSchema,
  })
  .strict();
export type DrawSpotCheckPlanInput = z.infer<typeof drawSpotCheckPlanSchema>;

export const spotCheckTargetListQuerySchema = z
  .object({
    planId: idSchema.optional(),
    unitId: idSchema.optional(),
    /** Only targets the caller inspects. */
    assignedToMe: z.enum(['true']).optional(),
    /** Only targets still waiting for their result (of plans in progress). */
    open: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type SpotCheckTargetListQuery = z.infer<typeof spotCheckTargetListQuerySchema>;

export const recordSpotCheckResultSchema = z
  .object({
    outcome: spotCheckOutcomeSchema,
    resultSummary: nameText(4000),
    checkedOn: dateSchema,
  })
  .strict();
export type RecordSpotCheckResultInput = z.infer<typeof recordSpotCheckResultSchema>;

export const createSpotCheckFindingSchema = z
  .object({
    problem: nameText(2000),
    conduct: conductSchema,
    domainId: idSchema.nullish(),
    severity: spotCheckSeveritySchema,
  })
  .strict();
export type CreateSpotCheckFindingInput = z.infer<typeof createSpotCheckFindingSchema>;

export const disposeSpotCheckFindingSchema = z
  .object({
    disposition: spotCheckDispositionSchema,
    /** The text of the transfer (移交说明), or the rectification requirement (整改要求). */
    note: text().trim().max(2000).nullish(),
  })
  .strict()
  .refine((v) => v.disposition !== 'transfer' || !!v.note, {
    message: 'a transfer needs its text',
    path: ['note'],
    params: { key: 'spotChecks.transfer_needs_text' },
  });
export type DisposeSpotCheckFindingInput = z.infer<typeof disposeSpotCheckFindingSchema>;

// ---------------------------------------------------------------- public (portal)

/** What the portal shows of a published plan: the draw's inputs, no people but inspectors' names. */
export const publicSpotCheckSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: spotCheckKindSchema,
    unitName: z.string(),
    targetCount: z.number().int(),
    ratioCapPercent: z.number().int().nullable(),
    inspectorsPerTarget: z.number().int(),
    eligibleTargets: z.number().int(),
    eligibleInspectors: z.number().int(),
    checkItems: z.array(z.object({ code: z.string(), title: z.string() })),
    commitment: z.string(),
    committedAt: z.string(),
    publicValue: z.string(),
    publicValueSource: z.string(),
    publicValueDate: dateSchema,
    seed: z.string(),
    algorithm: z.string(),
    drawnAt: z.string(),
    publishedAt: z.string(),
    noProblem: z.number().int(),
    problemsFound: z.number().int(),
    findingCount: z.number().int(),
  })
  .meta({ id: 'PublicSpotCheck' });
export type PublicSpotCheck = z.infer<typeof publicSpotCheckSchema>;

export const publicSpotCheckDetailSchema = z
  .object({
    plan: publicSpotCheckSchema,
    targets: z.array(
      z.object({
        ordinal: z.number().int(),
        rosterId: idSchema,
        unitName: z.string(),
        inspectors: z.array(z.object({ rosterId: idSchema, name: z.string(), unitName: z.string() })),
        outcome: spotCheckOutcomeSchema.nullable(),
        resultSummary: z.string().nullable(),
        checkedOn: dateSchema.nullable(),
        findingCount: z.number().int(),
      }),
    ),
    /** The canonical JSON whose SHA-256 is the commitment: re-draw from it and the seed. */
    drawInput: z.string(),
    steps: z.array(spotCheckDrawStepSchema),
  })
  .meta({ id: 'PublicSpotCheckDetail' });
export type PublicSpotCheckDetail = z.infer<typeof publicSpotCheckDetailSchema>;

export const publicSpotCheckListSchema = z.object({
  items: z.array(publicSpotCheckSchema),
  total: z.number().int(),
});

export const publicSpotCheckQuerySchema = z
  .object({
    limit: queryInt({ min: 1, max: 100 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();
export type PublicSpotCheckQuery = z.infer<typeof publicSpotCheckQuerySchema>;

/** The server's own re-draw of a published plan from its stored inputs. */
export const spotCheckVerificationSchema = z
  .object({
    algorithm: z.string(),
    /** SHA-256 of the stored draw input equals the recorded commitment. */
    commitmentMatches: z.boolean(),
    /** SHA-256(commitment ‖ public value) equals the recorded seed. */
    seedMatches: z.boolean(),
    /** Drawing again from the input and the seed gives the stored targets and inspectors. */
    drawMatches: z.boolean(),
  })
  .meta({ id: 'SpotCheckVerification' });
export type SpotCheckVerification = z.infer<typeof spotCheckVerificationSchema>;

// ---------------------------------------------------------------- the contract

const rosterTargetAuditShape = {
  unitId: auditField.id,
  targetUnitId: auditField.id,
  category: auditField.text,
  note: auditField.text,
  active: auditField.bool,
};
const inspectorAuditShape = {
  unitId: auditField.id,
  personId: auditField.id,
  certificateNo: auditField.text,
  conflicts: z.array(z.object({ unitId: z.string(), reason: z.string() })),
  active: auditField.bool,
};
const checkItemAuditShape = {
  unitId: auditField.id,
  code: auditField.text,
  title: auditField.text,
  basis: auditField.text,
  method: auditField.text,
  active: auditField.bool,
};
const planAuditShape = {
  code: auditField.text,
  campaignId: auditField.id,
  unitId: auditField.id,
  title: auditField.text,
  description: auditField.text,
  kind: auditField.text,
  targetCount: auditField.int,
  ratioCapPercent: auditField.int,
  inspectorsPerTarget: auditField.int,
  checkItemIds: auditField.ids,
};
const findingAuditShape = {
  planId: auditField.id,
  targetId: auditField.id,
  problem: auditField.text,
  conduct: auditField.text,
  domainId: auditField.id,
  severity: auditField.text,
};

const READERS = ['campaign_admin', 'supervisor', 'inspector', 'leader', 'unit_staff', 'unit_leader'] as const;

const listSpotCheckPlansRoute = {
  method: 'GET',
  path: '/api/spot-checks/plans',
  tags: ['spot-checks'],
  summary: "Spot-check plans of the organising units in the caller's scope, newest first",
  access: { permission: 'spotCheck.read' },
  query: spotCheckPlanListQuerySchema,
  response: { 200: pageOf(spotCheckPlanSchema) },
} as const;

const SPOT_CHECK_KIND_LABELS: Record<SpotCheckKind, Localized> = {
  general: { 'zh-CN': '一般检查', 'en-US': 'General check' },
  key: { 'zh-CN': '重点检查', 'en-US': 'Key check' },
};
const PLAN_STATUS_LABELS: Record<SpotCheckPlanStatus, Localized> = {
  draft: { 'zh-CN': '拟定', 'en-US': 'Draft' },
  committed: { 'zh-CN': '已锁定', 'en-US': 'Committed' },
  drawn: { 'zh-CN': '已抽取', 'en-US': 'Drawn' },
  in_progress: { 'zh-CN': '检查中', 'en-US': 'In progress' },
  completed: { 'zh-CN': '已完成', 'en-US': 'Completed' },
  published: { 'zh-CN': '已公示', 'en-US': 'Published' },
};

/** 双随机抽查计划一览: one row per plan, with how far its checks have come. */
const spotCheckPlanExport = {
  recordType: 'spot_check_plan',
  title: { 'zh-CN': '双随机抽查计划一览', 'en-US': 'Spot-check plans' },
  fileName: { 'zh-CN': '双随机抽查计划', 'en-US': 'spot-check-plans' },
  columns: [
    { header: { 'zh-CN': '计划编号', 'en-US': 'Code' }, value: (p) => p.code, width: 14 },
    { header: { 'zh-CN': '计划名称', 'en-US': 'Title' }, value: (p) => p.title, width: 36 },
    { header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' }, value: (p) => p.unitName, width: 22 },
    {
      header: { 'zh-CN': '检查类型', 'en-US': 'Kind' },
      value: (p) => p.kind,
      format: { labels: SPOT_CHECK_KIND_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '抽查对象数', 'en-US': 'Targets' },
      value: (p) => p.targetCount,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '已检查', 'en-US': 'Checked' },
      value: (p) => p.targetsChecked,
      format: 'number',
      width: 8,
    },
    {
      header: { 'zh-CN': '发现问题数', 'en-US': 'Findings' },
      value: (p) => p.findingCount,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (p) => p.status,
      format: { labels: PLAN_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '抽取时间', 'en-US': 'Drawn at' },
      value: (p) => p.drawnAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listSpotCheckPlans', typeof listSpotCheckPlansRoute>>[2];

const listSpotCheckRosterTargetsRoute = {
  method: 'GET',
  path: '/api/spot-checks/roster/targets',
  tags: ['spot-checks'],
  summary: "Inspection targets (检查对象名录库) of the organising units in the caller's scope",
  access: { permission: 'spotCheck.read' },
  query: spotCheckRosterQuerySchema,
  response: { 200: pageOf(spotCheckRosterTargetSchema) },
} as const;

const listSpotCheckInspectorsRoute = {
  method: 'GET',
  path: '/api/spot-checks/roster/inspectors',
  tags: ['spot-checks'],
  summary: "Inspectors (执法检查人员名录库) with their conflicts of interest, in the caller's scope",
  access: { permission: 'spotCheck.read' },
  query: spotCheckRosterQuerySchema,
  response: { 200: pageOf(spotCheckInspectorSchema) },
} as const;

const listSpotCheckItemsRoute = {
  method: 'GET',
  path: '/api/spot-checks/items',
  tags: ['spot-checks'],
  summary: "Check items (随机抽查事项清单) of the organising units in the caller's scope",
  access: { permission: 'spotCheck.read' },
  query: spotCheckRosterQuerySchema,
  response: { 200: pageOf(spotCheckItemSchema) },
} as const;

const listSpotCheckTargetsRoute = {
  method: 'GET',
  path: '/api/spot-checks/targets',
  tags: ['spot-checks'],
  summary: "Drawn targets whose unit is in the caller's scope (a unit sees the checks of itself)",
  access: { permission: 'spotCheck.read' },
  query: spotCheckTargetListQuerySchema,
  response: { 200: pageOf(spotCheckTargetSchema) },
} as const;

const SPOT_CHECK_OUTCOME_LABELS: Record<SpotCheckOutcome, Localized> = {
  no_problem: { 'zh-CN': '未发现问题', 'en-US': 'No problem found' },
  problems_found: { 'zh-CN': '发现问题', 'en-US': 'Problems found' },
};

/** The columns a roster's rows end with: whether the entry is in the draws, and when it was added. */
function rosterEntryColumns<R extends { active: boolean; createdAt: string }>(): ExportColumn<R>[] {
  return [
    {
      header: { 'zh-CN': '参与抽取', 'en-US': 'In the draws' },
      value: (r) => r.active,
      format: 'yesNo',
      width: 10,
    },
    {
      header: { 'zh-CN': '入库时间', 'en-US': 'Added at' },
      value: (r) => r.createdAt,
      format: 'datetime',
      width: 18,
    },
  ];
}

/** 检查对象名录库: one row per unit on an organising unit's roster, in or out of future draws. */
const spotCheckRosterTargetExport = {
  recordType: 'spot_check_roster_target',
  title: { 'zh-CN': '检查对象名录库', 'en-US': 'Inspection target roster' },
  fileName: { 'zh-CN': '检查对象名录库', 'en-US': 'spot-check-target-roster' },
  columns: [
    { header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' }, value: (r) => r.unitName, width: 22 },
    { header: { 'zh-CN': '检查对象', 'en-US': 'Target unit' }, value: (r) => r.targetUnitName, width: 24 },
    { header: { 'zh-CN': '行业类别', 'en-US': 'Category' }, value: (r) => r.category, width: 14 },
    { header: { 'zh-CN': '备注', 'en-US': 'Note' }, value: (r) => r.note, width: 30 },
    ...rosterEntryColumns(),
  ],
} satisfies Parameters<
  typeof listExportRoute<'listSpotCheckRosterTargets', typeof listSpotCheckRosterTargetsRoute>
>[2];

/**
 * 执法检查人员名录库: one row per inspector on an organising unit's roster — the person, their own
 * unit (never drawn for it), the certificate, the units they must avoid with the reason (回避), and
 * whether they are in the draws.
 */
const spotCheckInspectorExport = {
  recordType: 'spot_check_inspector',
  title: { 'zh-CN': '执法检查人员名录库', 'en-US': 'Inspector roster' },
  fileName: { 'zh-CN': '执法检查人员名录库', 'en-US': 'spot-check-inspector-roster' },
  columns: [
    { header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' }, value: (r) => r.unitName, width: 22 },
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (r) => r.personName, width: 12 },
    {
      header: { 'zh-CN': '所在单位', 'en-US': "Inspector's unit" },
      value: (r) => r.personUnitName,
      width: 22,
    },
    { header: { 'zh-CN': '执法证号', 'en-US': 'Certificate no.' }, value: (r) => r.certificateNo, width: 18 },
    {
      header: { 'zh-CN': '回避单位及事由', 'en-US': 'Units to avoid (reason)' },
      value: (r, _i, locale) =>
        r.conflicts
          .map((c) => (locale === 'zh-CN' ? `${c.unitName}（${c.reason}）` : `${c.unitName} (${c.reason})`))
          .join(locale === 'zh-CN' ? '；' : '; '),
      width: 40,
    },
    ...rosterEntryColumns(),
  ],
} satisfies Parameters<
  typeof listExportRoute<'listSpotCheckInspectors', typeof listSpotCheckInspectorsRoute>
>[2];

/** 随机抽查事项清单: an organising unit's check items with their basis and method. */
const spotCheckItemExport = {
  recordType: 'spot_check_item',
  title: { 'zh-CN': '随机抽查事项清单', 'en-US': 'Spot-check items' },
  fileName: { 'zh-CN': '随机抽查事项清单', 'en-US': 'spot-check-items' },
  columns: [
    { header: { 'zh-CN': '事项编码', 'en-US': 'Code' }, value: (i) => i.code, width: 14 },
    { header: { 'zh-CN': '抽查事项', 'en-US': 'Item' }, value: (i) => i.title, width: 36 },
    { header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' }, value: (i) => i.unitName, width: 22 },
    { header: { 'zh-CN': '检查依据', 'en-US': 'Basis' }, value: (i) => i.basis, width: 40 },
    { header: { 'zh-CN': '检查方式', 'en-US': 'Method' }, value: (i) => i.method, width: 24 },
    { header: { 'zh-CN': '在用', 'en-US': 'In use' }, value: (i) => i.active, format: 'yesNo', width: 8 },
  ],
} satisfies Parameters<typeof listExportRoute<'listSpotCheckItems', typeof listSpotCheckItemsRoute>>[2];

/**
 * 抽查对象及检查结果: one row per drawn target — its plan, the unit inspected, the inspectors drawn
 * (the list shows them: name and unit), the result and how many problems were found. Not the
 * findings themselves, which the target's page shows.
 */
const spotCheckTargetExport = {
  recordType: 'spot_check_target',
  title: { 'zh-CN': '抽查对象及检查结果', 'en-US': 'Spot-check targets and results' },
  fileName: { 'zh-CN': '抽查对象及检查结果', 'en-US': 'spot-check-targets' },
  columns: [
    { header: { 'zh-CN': '计划编号', 'en-US': 'Plan code' }, value: (r) => r.planCode, width: 14 },
    { header: { 'zh-CN': '计划名称', 'en-US': 'Plan' }, value: (r) => r.planTitle, width: 30 },
    {
      header: { 'zh-CN': '组织单位', 'en-US': 'Organising unit' },
      value: (r) => r.organizerUnitName,
      width: 20,
    },
    {
      header: { 'zh-CN': '检查类型', 'en-US': 'Kind' },
      value: (r) => r.planKind,
      format: { labels: SPOT_CHECK_KIND_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '抽取序号', 'en-US': 'Draw order' },
      value: (r) => r.ordinal,
      format: 'number',
      width: 8,
    },
    { header: { 'zh-CN': '检查对象', 'en-US': 'Target unit' }, value: (r) => r.unitName, width: 22 },
    {
      header: { 'zh-CN': '执法检查人员', 'en-US': 'Inspectors' },
      value: (r, _, locale) =>
        r.inspectors
          .map((i) => (locale === 'zh-CN' ? `${i.name}（${i.unitName}）` : `${i.name} (${i.unitName})`))
          .join(locale === 'zh-CN' ? '、' : '; '),
      width: 36,
    },
    {
      header: { 'zh-CN': '检查结果', 'en-US': 'Outcome' },
      value: (r) => r.outcome,
      format: { labels: SPOT_CHECK_OUTCOME_LABELS },
      width: 12,
    },
    { header: { 'zh-CN': '结果说明', 'en-US': 'Result' }, value: (r) => r.resultSummary, width: 40 },
    {
      header: { 'zh-CN': '检查日期', 'en-US': 'Checked on' },
      value: (r) => r.checkedOn,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '发现问题数', 'en-US': 'Findings' },
      value: (r) => r.findingCount,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '计划状态', 'en-US': 'Plan status' },
      value: (r) => r.planStatus,
      format: { labels: PLAN_STATUS_LABELS },
      width: 10,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listSpotCheckTargets', typeof listSpotCheckTargetsRoute>>[2];

export const spotChecksContract = defineModuleContract({
  name: 'spotChecks',
  permissions: ['spotCheck.read', 'spotCheck.manage', 'spotCheck.inspect'],
  grants: {
    ...Object.fromEntries(READERS.map((role) => [role, ['spotCheck.read']])),
    campaign_admin: ['spotCheck.read', 'spotCheck.manage'],
    supervisor: ['spotCheck.read', 'spotCheck.manage'],
    inspector: ['spotCheck.read', 'spotCheck.inspect'],
  },
  records: {
    spot_check_roster_target: { readPermission: 'spotCheck.read' },
    spot_check_inspector: { readPermission: 'spotCheck.read' },
    spot_check_item: { readPermission: 'spotCheck.read' },
    spot_check_plan: { readPermission: 'spotCheck.read' },
    spot_check_target: { readPermission: 'spotCheck.read' },
    spot_check_finding: { readPermission: 'spotCheck.read' },
  },
  auditEvents: [
    createdEvent('spot_check_roster_target.created', 'spot_check_roster_target', rosterTargetAuditShape),
    updatedEvent('spot_check_roster_target.updated', 'spot_check_roster_target', rosterTargetAuditShape),
    createdEvent('spot_check_inspector.created', 'spot_check_inspector', inspectorAuditShape),
    updatedEvent('spot_check_inspector.updated', 'spot_check_inspector', inspectorAuditShape),
    createdEvent('spot_check_item.created', 'spot_check_item', checkItemAuditShape),
    updatedEvent('spot_check_item.updated', 'spot_check_item', checkItemAuditShape),
    createdEvent('spot_check_plan.created', 'spot_check_plan', planAuditShape),
    listExportedEvent('spot_check_plan'),
    listExportedEvent('spot_check_roster_target'),
    listExportedEvent('spot_check_inspector'),
    listExportedEvent('spot_check_item'),
    listExportedEvent('spot_check_target'),
    updatedEvent('spot_check_plan.updated', 'spot_check_plan', planAuditShape),
    transitionEvent('spot_check_plan.committed', 'spot_check_plan', {
      commitment: auditField.text,
      eligibleTargets: auditField.int,
      eligibleInspectors: auditField.int,
    }),
    transitionEvent('spot_check_plan.drawn', 'spot_check_plan', {
      publicValue: auditField.text,
      publicValueSource: auditField.text,
      publicValueDate: auditField.date,
      seed: auditField.text,
      algorithm: auditField.text,
      targetUnitIds: auditField.ids,
    }),
    transitionEvent('spot_check_plan.started', 'spot_check_plan'),
    transitionEvent('spot_check_plan.completed', 'spot_check_plan'),
    transitionEvent('spot_check_plan.published', 'spot_check_plan'),
    updatedEvent('spot_check_target.result_recorded', 'spot_check_target', {
      planId: auditField.id,
      outcome: auditField.text,
      resultSummary: auditField.text,
      checkedOn: auditField.date,
    }),
    createdEvent('spot_check_finding.created', 'spot_check_finding', findingAuditShape),
    updatedEvent('spot_check_finding.disposed', 'spot_check_finding', {
      planId: auditField.id,
      targetId: auditField.id,
      disposition: auditField.text,
      dispositionNote: auditField.text,
      rectificationItemId: auditField.id,
      transferId: auditField.id,
    }),
  ],
  errors: {
    /** The rosters cannot give a draw that keeps every rule (cap, two inspectors, recusal). */
    SPOT_CHECK_INFEASIBLE: 422,
  },
  routes: defineRoutes({
    // ---- rosters
    listSpotCheckRosterTargets: listSpotCheckRosterTargetsRoute,
    exportSpotCheckRosterTargets: listExportRoute(
      'listSpotCheckRosterTargets',
      listSpotCheckRosterTargetsRoute,
      spotCheckRosterTargetExport,
    ),
    createSpotCheckRosterTarget: {
      method: 'POST',
      path: '/api/spot-checks/roster/targets',
      tags: ['spot-checks'],
      summary: "Add a unit to an organising unit's target roster",
      access: { permission: 'spotCheck.manage' },
      body: createSpotCheckRosterTargetSchema,
      response: { 201: spotCheckRosterTargetSchema },
    },
    updateSpotCheckRosterTarget: {
      method: 'PATCH',
      path: '/api/spot-checks/roster/targets/:id',
      tags: ['spot-checks'],
      summary: 'Edit a roster target, or take it out of future draws (active: false)',
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_roster_target',
      params: idParamsSchema,
      body: updateSpotCheckRosterTargetSchema,
      response: { 200: spotCheckRosterTargetSchema },
    },
    listSpotCheckInspectors: listSpotCheckInspectorsRoute,
    exportSpotCheckInspectors: listExportRoute(
      'listSpotCheckInspectors',
      listSpotCheckInspectorsRoute,
      spotCheckInspectorExport,
    ),
    createSpotCheckInspector: {
      method: 'POST',
      path: '/api/spot-checks/roster/inspectors',
      tags: ['spot-checks'],
      summary: "Add a person to an organising unit's inspector roster, with the units they must avoid",
      access: { permission: 'spotCheck.manage' },
      body: createSpotCheckInspectorSchema,
      response: { 201: spotCheckInspectorSchema },
    },
    updateSpotCheckInspector: {
      method: 'PATCH',
      path: '/api/spot-checks/roster/inspectors/:id',
      tags: ['spot-checks'],
      summary: "Edit an inspector's certificate and conflicts, or take them out of future draws",
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_inspector',
      params: idParamsSchema,
      body: updateSpotCheckInspectorSchema,
      response: { 200: spotCheckInspectorSchema },
    },
    listSpotCheckItems: listSpotCheckItemsRoute,
    exportSpotCheckItems: listExportRoute('listSpotCheckItems', listSpotCheckItemsRoute, spotCheckItemExport),
    createSpotCheckItem: {
      method: 'POST',
      path: '/api/spot-checks/items',
      tags: ['spot-checks'],
      summary: "Add a check item to an organising unit's list",
      access: { permission: 'spotCheck.manage' },
      body: createSpotCheckItemSchema,
      response: { 201: spotCheckItemSchema },
    },
    updateSpotCheckItem: {
      method: 'PATCH',
      path: '/api/spot-checks/items/:id',
      tags: ['spot-checks'],
      summary: 'Edit a check item, or retire it (active: false)',
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_item',
      params: idParamsSchema,
      body: updateSpotCheckItemSchema,
      response: { 200: spotCheckItemSchema },
    },

    // ---- plans
    listSpotCheckPlans: listSpotCheckPlansRoute,
    exportSpotCheckPlans: listExportRoute('listSpotCheckPlans', listSpotCheckPlansRoute, spotCheckPlanExport),
    getSpotCheckPlan: {
      method: 'GET',
      path: '/api/spot-checks/plans/:id',
      tags: ['spot-checks'],
      summary: 'One plan with its draw input, the draw step by step, its targets and findings',
      access: { permission: 'spotCheck.read' },
      record: 'spot_check_plan',
      params: idParamsSchema,
      response: { 200: spotCheckPlanDetailSchema },
    },
    createSpotCheckPlan: {
      method: 'POST',
      path: '/api/spot-checks/plans',
      tags: ['spot-checks'],
      summary: 'Draft a spot-check plan: kind, how many targets, the cap, inspectors per target, items',
      access: { permission: 'spotCheck.manage' },
      body: createSpotCheckPlanSchema,
      response: { 201: spotCheckPlanSchema },
    },
    updateSpotCheckPlan: {
      method: 'PATCH',
      path: '/api/spot-checks/plans/:id',
      tags: ['spot-checks'],
      summary: 'Edit a draft plan (a committed plan is frozen)',
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_plan',
      params: idParamsSchema,
      body: updateSpotCheckPlanSchema,
      response: { 200: spotCheckPlanSchema },
    },
    ...workflowRoutes(SPOT_CHECK_PLAN_WORKFLOW, {
      name: 'SpotCheckPlan',
      basePath: '/api/spot-checks/plans/:id',
      tags: ['spot-checks'],
      response: spotCheckPlanSchema,
      summaries: {
        commit:
          'Freeze the plan and its rosters and record their SHA-256 commitment (422 when no draw can keep the rules)',
        draw: 'Draw targets and inspectors from the seed SHA-256(commitment ‖ public value)',
        start: 'Start the inspections',
        complete: 'Complete the plan once every target has its result',
        publish: 'Publish the plan, the draw and the results on the portal',
      },
    }),
    // The draw takes the public value (the other actions take no text).
    drawSpotCheckPlan: {
      method: 'POST',
      path: '/api/spot-checks/plans/:id/draw',
      tags: ['spot-checks'],
      summary: 'Draw targets and inspectors from the seed SHA-256(commitment ‖ public value)',
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_plan',
      params: idParamsSchema,
      body: drawSpotCheckPlanSchema,
      response: { 200: spotCheckPlanSchema },
    },

    // ---- targets, results and findings
    listSpotCheckTargets: listSpotCheckTargetsRoute,
    exportSpotCheckTargets: listExportRoute(
      'listSpotCheckTargets',
      listSpotCheckTargetsRoute,
      spotCheckTargetExport,
    ),
    getSpotCheckTarget: {
      method: 'GET',
      path: '/api/spot-checks/targets/:id',
      tags: ['spot-checks'],
      summary: 'One drawn target with its inspectors, result, findings and the check items',
      access: { permission: 'spotCheck.read' },
      record: 'spot_check_target',
      params: idParamsSchema,
      response: { 200: spotCheckTargetDetailSchema },
    },
    recordSpotCheckResult: {
      method: 'PUT',
      path: '/api/spot-checks/targets/:id/result',
      tags: ['spot-checks'],
      summary: "Record (or correct) a target's result: an inspector of the target, while in progress",
      access: { permission: 'spotCheck.inspect' },
      record: 'spot_check_target',
      params: idParamsSchema,
      body: recordSpotCheckResultSchema,
      response: { 200: spotCheckTargetSchema },
    },
    createSpotCheckFinding: {
      method: 'POST',
      path: '/api/spot-checks/targets/:id/findings',
      tags: ['spot-checks'],
      summary: 'Record a finding at a target: the problem, conduct type, domain and severity',
      access: { permission: 'spotCheck.inspect' },
      record: 'spot_check_target',
      params: idParamsSchema,
      body: createSpotCheckFindingSchema,
      response: { 201: spotCheckFindingSchema },
    },
    disposeSpotCheckFinding: {
      method: 'POST',
      path: '/api/spot-checks/findings/:id/dispose',
      tags: ['spot-checks'],
      summary:
        'Dispose of a finding: a rectification ledger item, or a transfer to the supervision department',
      access: { permission: 'spotCheck.manage' },
      record: 'spot_check_finding',
      params: idParamsSchema,
      body: disposeSpotCheckFindingSchema,
      response: { 200: spotCheckFindingSchema },
    },

    // ---- public portal
    listPublicSpotChecks: {
      method: 'GET',
      path: '/api/portal/spot-checks',
      tags: ['portal'],
      summary: 'Published spot checks (双随机一公开), newest first',
      access: { public: true },
      query: publicSpotCheckQuerySchema,
      response: { 200: publicSpotCheckListSchema },
    },
    getPublicSpotCheck: {
      method: 'GET',
      path: '/api/portal/spot-checks/:id',
      tags: ['portal'],
      summary: 'A published spot check: the draw inputs and steps, targets, inspectors and results',
      access: { public: true },
      params: idParamsSchema,
      response: { 200: publicSpotCheckDetailSchema },
    },
    verifyPublicSpotCheck: {
      method: 'GET',
      path: '/api/portal/spot-checks/:id/verify',
      tags: ['portal'],
      summary: 'Re-draw a published spot check from its stored input and seed and compare',
      access: { public: true },
      params: idParamsSchema,
      response: { 200: spotCheckVerificationSchema },
    },
  }),
});
