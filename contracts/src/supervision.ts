import { z } from 'zod';
import {
  auditEvent,
  auditField,
  createdEvent,
  deletedEvent,
  transitionEvent,
  updatedEvent,
} from './core/audit';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  nameText,
  okSchema,
  pageOf,
  pageQuery,
  text,
} from './core/common';
import {
  extensionEvents,
  extensionRequestSchema,
  extensionWorkflow,
  requestExtensionSchema,
} from './core/extension';
import { defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';

/**
 * 督促检查 — supervision items (督办事项): a task from a decision or a leader's instruction,
 * assigned by the supervision office to a lead unit with a deadline counted on working days,
 * followed through the 督办 lifecycle and escalated in three colours (三色督办) when it runs late:
 * reminder (催办/提醒) → warning (预警) → circulated criticism (通报批评) → transfer to the
 * supervision department as a lead (移交).
 */

// ---------------------------------------------------------------- the lifecycle

export const SUPERVISION_ITEM_STATUSES = [
  'registered', // 立项
  'assigned', // 交办
  'accepted', // 签收
  'in_progress', // 办理
  'completion_requested', // 申请办结
  'reviewed', // 审核通过
  'closed', // 办结销号
  'returned', // 驳回重办
  'suspended', // 中止
  'rejected_assignment', // 退回交办单位
] as const;
export const supervisionItemStatusSchema = z.enum(SUPERVISION_ITEM_STATUSES);
export type SupervisionItemStatus = z.infer<typeof supervisionItemStatusSchema>;

/** The states whose deadline runs: the escalation ladder and the colour apply to them. */
export const SUPERVISION_RUNNING_STATUSES = [
  'assigned',
  'accepted',
  'in_progress',
  'returned',
] as const satisfies readonly SupervisionItemStatus[];

export const SUPERVISION_ITEM_WORKFLOW = defineWorkflow({
  recordType: 'supervision_item',
  states: SUPERVISION_ITEM_STATUSES,
  actions: {
    /** 交办: the office hands the item to its lead unit (again, after the unit sent it back). */
    assign: {
      from: ['registered', 'rejected_assignment'],
      to: 'assigned',
      permission: 'supervision.manage',
      audit: 'supervision_item.assigned',
      input: { field: 'opinion', required: false },
    },
    /** 签收 */
    accept: {
      from: ['assigned'],
      to: 'accepted',
      permission: 'supervision.handle',
      audit: 'supervision_item.accepted',
    },
    /** 退回交办单位: not this unit's task, with the reason; the office reviews and assigns again. */
    decline: {
      from: ['assigned'],
      to: 'rejected_assignment',
      permission: 'supervision.handle',
      audit: 'supervision_item.declined',
      input: { field: 'reason', required: true },
    },
    /** 申请办结, with what was done. */
    submit: {
      from: ['accepted', 'in_progress', 'returned'],
      to: 'completion_requested',
      permission: 'supervision.handle',
      audit: 'supervision_item.submitted',
      input: { field: 'summary', required: true, max: 4000 },
    },
    /** 审核通过 */
    approve: {
      from: ['completion_requested'],
      to: 'reviewed',
      permission: 'supervision.manage',
      audit: 'supervision_item.approved',
      input: { field: 'opinion', required: false },
    },
    /** 驳回重办 */
    return: {
      from: ['completion_requested'],
      to: 'returned',
      permission: 'supervision.manage',
      audit: 'supervision_item.returned',
      input: { field: 'reason', required: true },
    },
    /** 办结销号 */
    close: {
      from: ['reviewed'],
      to: 'closed',
      permission: 'supervision.manage',
      audit: 'supervision_item.closed',
      input: { field: 'opinion', required: false },
    },
    /** 中止, with the reason (the task was overtaken by events, merged, withdrawn by the leader). */
    suspend: {
      from: ['registered', 'assigned', 'accepted', 'in_progress', 'returned', 'completion_requested'],
      to: 'suspended',
      permission: 'supervision.manage',
      audit: 'supervision_item.suspended',
      input: { field: 'reason', required: true },
    },
    /** 恢复督办: handed to the unit again, which signs for it again. */
    resume: {
      from: ['suspended'],
      to: 'assigned',
      permission: 'supervision.manage',
      audit: 'supervision_item.resumed',
      input: { field: 'opinion', required: false },
    },
  },
});
export type SupervisionItemAction = keyof typeof SUPERVISION_ITEM_WORKFLOW.actions;

/** Extension requests of supervision items: asked by the lead unit, decided by the assigning unit. */
export const SUPERVISION_EXTENSION_WORKFLOW = extensionWorkflow({
  recordType: 'supervision_extension',
  permission: 'supervision.manage',
  approved: 'supervision_item.extension_approved',
  refused: 'supervision_item.extension_refused',
});
export type SupervisionExtensionAction = keyof typeof SUPERVISION_EXTENSION_WORKFLOW.actions;

// ---------------------------------------------------------------- escalation (三色督办)

export const SUPERVISION_COLOURS = ['none', 'blue', 'yellow', 'red'] as const;
export const supervisionColourSchema = z.enum(SUPERVISION_COLOURS);
export type SupervisionColour = z.infer<typeof supervisionColourSchema>;

/** The ladder's steps, in order: 催办 (blue), 预警 (yellow), 通报批评 and 移交 (red). */
export const ESCALATION_STEPS = ['reminder', 'warning', 'criticism', 'transfer'] as const;
export const escalationStepSchema = z.enum(ESCALATION_STEPS);
export type EscalationStep = z.infer<typeof escalationStepSchema>;

/** The thresholds of the ladder, per campaign, in working days. */
export const supervisionSettingsSchema = z
  .object({
    campaignId: idSchema,
    /** Blue: this many working days or fewer left before the due date (0: no blue). */
    reminderWorkingDays: z.number().int().min(0).max(30),
    /** Red, with a circulated criticism: overdue by this many working days. */
    redAfterWorkingDays: z.number().int().min(1).max(60),
    /** Transfer to the supervision department: this many working days more after red. */
    transferAfterWorkingDays: z.number().int().min(1).max(120),
  })
  .meta({ id: 'SupervisionSettings' });
export type SupervisionSettings = z.infer<typeof supervisionSettingsSchema>;

export const DEFAULT_SUPERVISION_SETTINGS = {
  reminderWorkingDays: 3,
  redAfterWorkingDays: 5,
  transferAfterWorkingDays: 10,
} as const;

export const updateSupervisionSettingsSchema = supervisionSettingsSchema
  .omit({ campaignId: true })
  .partial()
  .strict();
export type UpdateSupervisionSettingsInput = z.infer<typeof updateSupervisionSettingsSchema>;

/** One step of the ladder the item reached, for one due date (a new due date starts a new ladder). */
export const supervisionEscalationSchema = z
  .object({
    step: escalationStepSchema,
    dueDate: dateSchema,
    /** The day the step was reached (Asia/Shanghai). */
    reachedOn: dateSchema,
    /** Working days overdue on that day (negative: days left). */
    workingDaysOverdue: z.number().int(),
  })
  .meta({ id: 'SupervisionEscalation' });
export type SupervisionEscalation = z.infer<typeof supervisionEscalationSchema>;

// ---------------------------------------------------------------- the item

export const SUPERVISION_SOURCES = ['decision', 'leader_instruction', 'other'] as const;
export const supervisionSourceSchema = z.enum(SUPERVISION_SOURCES);
export type SupervisionSource = z.infer<typeof supervisionSourceSchema>;

export const supervisionMilestoneSchema = z
  .object({ title: nameText(200), dueDate: dateSchema })
  .strict()
  .meta({ id: 'SupervisionMilestone' });
export type SupervisionMilestone = z.infer<typeof supervisionMilestoneSchema>;

export const supervisionItemSchema = z
  .object({
    id: idSchema,
    /** 督办编号, e.g. 督-2026-0007: numbered per campaign. */
    code: z.string(),
    campaignId: idSchema,
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    source: supervisionSourceSchema,
    /** The leader's instruction (领导批示) the item records, and who gave it. */
    instruction: z.string().nullable(),
    instructingLeader: z.string().nullable(),
    title: z.string(),
    task: z.string(),
    /** The lead unit (牵头单位) and its responsible person. */
    unitId: idSchema,
    unitName: z.string(),
    responsiblePersonId: idSchema.nullable(),
    responsiblePersonName: z.string().nullable(),
    /** A sub-item for a co-operating unit (配合单位) names its parent; the parent's progress rolls up. */
    parentId: idSchema.nullable(),
    /** The unit that assigned the item (交办单位): it decides extensions and reviews completion. */
    assignedByUnitId: idSchema,
    assignedByUnitName: z.string(),
    dueDate: dateSchema,
    dueWorkingDays: z.number().int().nullable(),
    dueFrom: dateSchema.nullable(),
    /** The due date lies in the year whose holiday schedule is not entered yet (暂定). */
    dueDateProvisional: z.boolean(),
    milestones: z.array(supervisionMilestoneSchema),
    progress: z.number().int().min(0).max(100),
    status: supervisionItemStatusSchema,
    colour: supervisionColourSchema,
    /** Working days left until the due date (negative when overdue); null when not running. */
    workingDaysLeft: z.number().int().nullable(),
    /** The highest step of the ladder reached for the current due date. */
    escalation: escalationStepSchema.nullable(),
    /** Whether the caller manages the item for the assigning unit (edits it, decides its steps). */
    assignedByCaller: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupervisionItem' });
export type SupervisionItem = z.infer<typeof supervisionItemSchema>;

export const supervisionFileSchema = z.object({
  id: idSchema,
  filename: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
});

export const supervisionProgressSchema = z
  .object({
    id: idSchema,
    percent: z.number().int(),
    note: z.string(),
    reportedAt: z.string(),
    reporterName: z.string().nullable(),
    files: z.array(supervisionFileSchema),
  })
  .meta({ id: 'SupervisionProgress' });
export type SupervisionProgress = z.infer<typeof supervisionProgressSchema>;

export const supervisionItemDetailSchema = z
  .object({
    item: supervisionItemSchema,
    children: z.array(supervisionItemSchema),
    updates: z.array(supervisionProgressSchema),
    extensions: z.array(extensionRequestSchema),
    escalations: z.array(supervisionEscalationSchema),
  })
  .meta({ id: 'SupervisionItemDetail' });
export type SupervisionItemDetail = z.infer<typeof supervisionItemDetailSchema>;

const MAX_DUE_WORKING_DAYS = 500;

const itemFields = {
  domainId: idSchema.nullish(),
  source: supervisionSourceSchema,
  instruction: text().trim().max(4000).nullish(),
  instructingLeader: text().trim().max(100).nullish(),
  title: nameText(200),
  task: nameText(4000),
  unitId: idSchema,
  responsiblePersonId: idSchema.nullish(),
  dueDate: dateSchema,
  dueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS),
  milestones: z.array(supervisionMilestoneSchema).max(20),
};

const oneDeadline = (v: { dueDate?: string | undefined; dueWorkingDays?: number | undefined }) =>
  v.dueDate === undefined || v.dueWorkingDays === undefined;
const instructionNamed = (v: { source?: string | undefined; instruction?: string | null | undefined }) =>
  v.source !== 'leader_instruction' || !!v.instruction;

export const createSupervisionItemSchema = z
  .object({
    campaignId: idSchema,
    parentId: idSchema.nullish(),
    ...itemFields,
    source: itemFields.source.default('decision'),
    milestones: itemFields.milestones.default([]),
    dueDate: itemFields.dueDate.optional(),
    dueWorkingDays: itemFields.dueWorkingDays.optional(),
  })
  .strict()
  .refine((v) => oneDeadline(v) && (v.dueDate !== undefined || v.dueWorkingDays !== undefined), {
    message: 'exactly one of dueDate and dueWorkingDays',
    path: ['dueDate'],
  })
  .refine(instructionNamed, { message: "a leader's instruction needs its text", path: ['instruction'] });
export type CreateSupervisionItemInput = z.infer<typeof createSupervisionItemSchema>;

export const updateSupervisionItemSchema = z
  .object(itemFields)
  .partial()
  .strict()
  .refine(oneDeadline, { message: 'at most one of dueDate and dueWorkingDays', path: ['dueDate'] });
export type UpdateSupervisionItemInput = z.infer<typeof updateSupervisionItemSchema>;

export const supervisionItemListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema.optional(),
    domainId: idSchema.optional(),
    status: supervisionItemStatusSchema.optional(),
    /** By colour (today's, from the campaign's thresholds). */
    colour: supervisionColourSchema.optional(),
    /** Running items past their due date (超期). */
    overdue: z.enum(['true']).optional(),
    /** Items reminded (催办) by the escalation ladder or by a person, for any of their due dates. */
    reminded: z.enum(['true']).optional(),
    /** Closed items (办结销号), closed on or before their due date (true) or after it (false): 按期办结率. */
    closedOnTime: z.enum(['true', 'false']).optional(),
    /** Only items waiting for the caller: to sign for (签收) in its units. */
    toAccept: z.enum(['true']).optional(),
    /** Only items with an extension request or a completion waiting for the caller's decision. */
    pendingDecision: z.enum(['true']).optional(),
    /** Only items without a parent (sub-items show on their parent's page). */
    topLevel: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type SupervisionItemListQuery = z.infer<typeof supervisionItemListQuerySchema>;

// ---------------------------------------------------------------- reminders (催办记录)

/** Who reminded: the escalation ladder (its reminder step) or a person of the assigning unit. */
export const SUPERVISION_REMINDER_KINDS = ['ladder', 'manual'] as const;
export const supervisionReminderKindSchema = z.enum(SUPERVISION_REMINDER_KINDS);
export type SupervisionReminderKind = z.infer<typeof supervisionReminderKindSchema>;

/** 催办: one reminder of an item's lead unit, by the ladder or by a person. */
export const supervisionReminderSchema = z
  .object({
    id: idSchema,
    itemId: idSchema,
    itemCode: z.string(),
    itemTitle: z.string(),
    campaignId: idSchema,
    /** The lead unit reminded. */
    unitId: idSchema,
    unitName: z.string(),
    kind: supervisionReminderKindSchema,
    /** A person's reminder: their unit and name (null for the ladder's). */
    byUnitId: idSchema.nullable(),
    byUnitName: z.string().nullable(),
    byPersonName: z.string().nullable(),
    message: z.string().nullable(),
    /** The item's due date when it was reminded. */
    dueDate: dateSchema,
    /** The day (Asia/Shanghai) and the time of the reminder. */
    remindedOn: dateSchema,
    remindedAt: z.string(),
  })
  .meta({ id: 'SupervisionReminder' });
export type SupervisionReminder = z.infer<typeof supervisionReminderSchema>;

export const supervisionReminderListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    /** The reminded item's lead unit (that unit's own items, as the items list's `unitId`). */
    unitId: idSchema.optional(),
    itemId: idSchema.optional(),
    kind: supervisionReminderKindSchema.optional(),
    /** Reminded on or after / on or before these days (Asia/Shanghai). */
    remindedFrom: dateSchema.optional(),
    remindedTo: dateSchema.optional(),
    ...pageQuery,
  })
  .strict();
export type SupervisionReminderListQuery = z.infer<typeof supervisionReminderListQuerySchema>;

export const reportSupervisionProgressSchema = z
  .object({
    percent: z.number().int().min(0).max(100),
    note: nameText(2000),
    fileIds: z.array(idSchema).max(20).default([]),
  })
  .strict();
export type ReportSupervisionProgressInput = z.infer<typeof reportSupervisionProgressSchema>;

export const remindSupervisionItemSchema = z
  .object({ message: text().trim().max(500).nullish() })
  .strict()
  .nullish();
export type RemindSupervisionItemInput = z.infer<typeof remindSupervisionItemSchema>;

// ---------------------------------------------------------------- the contract

const itemAuditShape = {
  code: auditField.text,
  campaignId: auditField.id,
  domainId: auditField.id,
  source: auditField.text,
  instruction: auditField.text,
  instructingLeader: auditField.text,
  title: auditField.text,
  task: auditField.text,
  unitId: auditField.id,
  responsiblePersonId: auditField.id,
  parentId: auditField.id,
  assignedByUnitId: auditField.id,
  dueDate: auditField.date,
  dueWorkingDays: auditField.int,
  milestones: z.array(z.object({ title: z.string(), dueDate: z.string() })),
  progress: auditField.int,
};

const BUSINESS_READERS = [
  'campaign_admin',
  'supervisor',
  'inspector',
  'leader',
  'unit_staff',
  'unit_leader',
] as const;

const listRoute = {
  method: 'GET',
  path: '/api/supervision-items',
  tags: ['supervision'],
  summary: "Supervision items (督办事项) in the caller's scope, with today's colour",
  access: { permission: 'supervision.read' },
  query: supervisionItemListQuerySchema,
  response: { 200: pageOf(supervisionItemSchema) },
} as const;

const reminderListRoute = {
  method: 'GET',
  path: '/api/supervision-reminders',
  tags: ['supervision'],
  summary:
    "Reminders (催办记录) of the supervision items in the caller's scope, by the escalation ladder and by persons, newest first",
  access: { permission: 'supervision.read' },
  query: supervisionReminderListQuerySchema,
  response: { 200: pageOf(supervisionReminderSchema) },
} as const;

/** Who reminded, as the sheets, the dashboard and its briefing write it. */
export const SUPERVISION_REMINDER_KIND_LABELS: Record<SupervisionReminderKind, Localized> = {
  ladder: { 'zh-CN': '系统自动催办', 'en-US': 'Escalation ladder' },
  manual: { 'zh-CN': '人工催办', 'en-US': 'By a person' },
};

const STATUS_LABELS: Record<SupervisionItemStatus, Localized> = {
  registered: { 'zh-CN': '已立项', 'en-US': 'Registered' },
  assigned: { 'zh-CN': '已交办', 'en-US': 'Assigned' },
  accepted: { 'zh-CN': '已签收', 'en-US': 'Accepted' },
  in_progress: { 'zh-CN': '办理中', 'en-US': 'In progress' },
  completion_requested: { 'zh-CN': '申请办结', 'en-US': 'Completion requested' },
  reviewed: { 'zh-CN': '审核通过', 'en-US': 'Reviewed' },
  closed: { 'zh-CN': '已办结销号', 'en-US': 'Closed' },
  returned: { 'zh-CN': '驳回重办', 'en-US': 'Returned' },
  suspended: { 'zh-CN': '已中止', 'en-US': 'Suspended' },
  rejected_assignment: { 'zh-CN': '已退回交办单位', 'en-US': 'Sent back' },
};
/** The board's colours as the sheets and the dashboard's briefing write them. */
export const SUPERVISION_COLOUR_LABELS: Record<SupervisionColour, Localized> = {
  none: { 'zh-CN': '无预警', 'en-US': 'No alert' },
  blue: { 'zh-CN': '蓝色提醒', 'en-US': 'Blue reminder' },
  yellow: { 'zh-CN': '黄色预警', 'en-US': 'Yellow warning' },
  red: { 'zh-CN': '红色督办', 'en-US': 'Red alert' },
};
const SOURCE_LABELS: Record<SupervisionSource, Localized> = {
  decision: { 'zh-CN': '决策部署', 'en-US': 'Decision' },
  leader_instruction: { 'zh-CN': '领导批示', 'en-US': "Leader's instruction" },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

/** 督办事项台账: one row per item, as the list shows them. */
const supervisionExport = {
  recordType: 'supervision_item',
  title: { 'zh-CN': '督办事项', 'en-US': 'Supervision items' },
  fileName: { 'zh-CN': '督办事项', 'en-US': 'supervision-items' },
  columns: [
    { header: { 'zh-CN': '督办编号', 'en-US': 'Code' }, value: (i) => i.code, width: 16 },
    { header: { 'zh-CN': '事项名称', 'en-US': 'Title' }, value: (i) => i.title, width: 36 },
    {
      header: { 'zh-CN': '事项来源', 'en-US': 'Source' },
      value: (i) => i.source,
      format: { labels: SOURCE_LABELS },
      width: 12,
    },
    { header: { 'zh-CN': '所属领域', 'en-US': 'Domain' }, value: (i) => i.domainTitle, width: 18 },
    { header: { 'zh-CN': '牵头单位', 'en-US': 'Lead unit' }, value: (i) => i.unitName, width: 20 },
    {
      header: { 'zh-CN': '责任人', 'en-US': 'Responsible person' },
      value: (i) => i.responsiblePersonName,
      width: 12,
    },
    {
      header: { 'zh-CN': '交办单位', 'en-US': 'Assigned by' },
      value: (i) => i.assignedByUnitName,
      width: 20,
    },
    {
      header: { 'zh-CN': '完成时限', 'en-US': 'Due date' },
      value: (i) => i.dueDate,
      format: 'date',
      width: 14,
    },
    {
      header: { 'zh-CN': '进度（%）', 'en-US': 'Progress (%)' },
      value: (i) => i.progress,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (i) => i.status,
      format: { labels: STATUS_LABELS },
      width: 12,
    },
    {
      header: { 'zh-CN': '督办颜色', 'en-US': 'Colour' },
      value: (i) => i.colour,
      format: { labels: SUPERVISION_COLOUR_LABELS },
      width: 12,
    },
    { header: { 'zh-CN': '任务内容', 'en-US': 'Task' }, value: (i) => i.task, width: 48 },
  ],
} satisfies Parameters<typeof listExportRoute<'listSupervisionItems', typeof listRoute>>[2];

/** 催办记录: one row per reminder, as the list shows them. */
const reminderExport = {
  recordType: 'supervision_reminder',
  title: { 'zh-CN': '催办记录', 'en-US': 'Reminders' },
  fileName: { 'zh-CN': '催办记录', 'en-US': 'supervision-reminders' },
  columns: [
    { header: { 'zh-CN': '督办编号', 'en-US': 'Code' }, value: (r) => r.itemCode, width: 16 },
    { header: { 'zh-CN': '事项名称', 'en-US': 'Title' }, value: (r) => r.itemTitle, width: 36 },
    { header: { 'zh-CN': '被催办单位', 'en-US': 'Unit reminded' }, value: (r) => r.unitName, width: 20 },
    {
      header: { 'zh-CN': '催办方式', 'en-US': 'Reminded by' },
      value: (r) => r.kind,
      format: { labels: SUPERVISION_REMINDER_KIND_LABELS },
      width: 14,
    },
    { header: { 'zh-CN': '催办单位', 'en-US': 'Reminding unit' }, value: (r) => r.byUnitName, width: 20 },
    { header: { 'zh-CN': '催办人', 'en-US': 'Reminding person' }, value: (r) => r.byPersonName, width: 12 },
    {
      header: { 'zh-CN': '催办时间', 'en-US': 'Reminded at' },
      value: (r) => r.remindedAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '完成时限', 'en-US': 'Due date' },
      value: (r) => r.dueDate,
      format: 'date',
      width: 14,
    },
    { header: { 'zh-CN': '催办内容', 'en-US': 'Message' }, value: (r) => r.message, width: 40 },
  ],
} satisfies Parameters<typeof listExportRoute<'listSupervisionReminders', typeof reminderListRoute>>[2];

export const supervisionContract = defineModuleContract({
  name: 'supervision',
  permissions: ['supervision.read', 'supervision.manage', 'supervision.handle'],
  grants: {
    ...Object.fromEntries(BUSINESS_READERS.map((role) => [role, ['supervision.read']])),
    campaign_admin: ['supervision.read', 'supervision.manage'],
    unit_staff: ['supervision.read', 'supervision.handle'],
    unit_leader: ['supervision.read', 'supervision.handle'],
  },
  records: {
    supervision_item: { readPermission: 'supervision.read' },
    supervision_extension: { readPermission: 'supervision.read' },
    supervision_reminder: { readPermission: 'supervision.read' },
  },
  auditEvents: [
    createdEvent('supervision_item.created', 'supervision_item', itemAuditShape),
    updatedEvent('supervision_item.updated', 'supervision_item', itemAuditShape),
    deletedEvent('supervision_item.deleted', 'supervision_item', itemAuditShape),
    transitionEvent('supervision_item.assigned', 'supervision_item'),
    transitionEvent('supervision_item.accepted', 'supervision_item'),
    transitionEvent('supervision_item.declined', 'supervision_item'),
    transitionEvent('supervision_item.submitted', 'supervision_item', { summary: z.string().nullish() }),
    transitionEvent('supervision_item.approved', 'supervision_item'),
    transitionEvent('supervision_item.returned', 'supervision_item'),
    transitionEvent('supervision_item.closed', 'supervision_item'),
    transitionEvent('supervision_item.suspended', 'supervision_item'),
    transitionEvent('supervision_item.resumed', 'supervision_item'),
    updatedEvent('supervision_item.progress_reported', 'supervision_item', {
      status: auditField.text,
      progress: auditField.int,
      progressId: auditField.id,
      note: auditField.text,
      fileIds: auditField.ids,
    }),
    auditEvent('supervision_item.reminded', 'supervision_item', {
      after: z.object({ message: auditField.text, dueDate: auditField.date }).partial().strict(),
    }),
    // A step of the ladder reached by the escalation job (no actor): the colour, and for
    // criticism and transfer the record made (通报批评, 移交).
    auditEvent('supervision_item.escalated', 'supervision_item', {
      after: z
        .object({
          step: escalationStepSchema,
          dueDate: auditField.date,
          workingDaysOverdue: z.number().int(),
          colour: supervisionColourSchema,
          criticismId: auditField.id,
          transferId: auditField.id,
        })
        .partial()
        .strict(),
    }),
    listExportedEvent('supervision_item'),
    listExportedEvent('supervision_reminder'),
    updatedEvent('supervision_item.deadline_recomputed', 'supervision_item', { dueDate: auditField.date }),
    updatedEvent('supervision_settings.updated', 'campaign', {
      reminderWorkingDays: auditField.int,
      redAfterWorkingDays: auditField.int,
      transferAfterWorkingDays: auditField.int,
    }),
    ...extensionEvents('supervision_extension', {
      requested: 'supervision_item.extension_requested',
      approved: 'supervision_item.extension_approved',
      refused: 'supervision_item.extension_refused',
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listSupervisionItems: listRoute,
    exportSupervisionItems: listExportRoute('listSupervisionItems', listRoute, supervisionExport),
    listSupervisionReminders: reminderListRoute,
    exportSupervisionReminders: listExportRoute(
      'listSupervisionReminders',
      reminderListRoute,
      reminderExport,
    ),
    getSupervisionItem: {
      method: 'GET',
      path: '/api/supervision-items/:id',
      tags: ['supervision'],
      summary: 'One supervision item with its sub-items, progress, extensions and escalation steps',
      access: { permission: 'supervision.read' },
      record: 'supervision_item',
      params: idParamsSchema,
      response: { 200: supervisionItemDetailSchema },
    },
    createSupervisionItem: {
      method: 'POST',
      path: '/api/supervision-items',
      tags: ['supervision'],
      summary:
        "Register a supervision item (立项) for a lead unit, from a decision or a leader's instruction",
      access: { permission: 'supervision.manage' },
      body: createSupervisionItemSchema,
      response: { 201: supervisionItemSchema },
    },
    updateSupervisionItem: {
      method: 'PATCH',
      path: '/api/supervision-items/:id',
      tags: ['supervision'],
      summary: 'Edit a supervision item (the lead unit only before it is signed for)',
      access: { permission: 'supervision.manage' },
      record: 'supervision_item',
      params: idParamsSchema,
      body: updateSupervisionItemSchema,
      response: { 200: supervisionItemSchema },
    },
    deleteSupervisionItem: {
      method: 'DELETE',
      path: '/api/supervision-items/:id',
      tags: ['supervision'],
      summary: 'Delete a supervision item that was never assigned',
      access: { permission: 'supervision.manage' },
      record: 'supervision_item',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    ...workflowRoutes(SUPERVISION_ITEM_WORKFLOW, {
      name: 'SupervisionItem',
      basePath: '/api/supervision-items/:id',
      tags: ['supervision'],
      response: supervisionItemSchema,
      summaries: {
        assign: 'Assign the item to its lead unit (交办)',
        accept: 'Sign for the item (签收)',
        decline: 'Send the item back to the assigning unit, with a reason (退回交办单位)',
        submit: 'Ask for completion, with a summary of what was done (申请办结)',
        approve: 'Approve the completion (审核通过)',
        return: 'Return the item for rework, with a reason (驳回重办)',
        close: 'Close the item (办结销号)',
        suspend: 'Suspend the item, with a reason (中止)',
        resume: 'Resume a suspended item: assigned again (恢复督办)',
      },
    }),
    reportSupervisionProgress: {
      method: 'POST',
      path: '/api/supervision-items/:id/progress',
      tags: ['supervision'],
      summary: 'Report progress with a note and evidence files (反馈); the first report starts the work',
      access: { permission: 'supervision.handle' },
      record: 'supervision_item',
      params: idParamsSchema,
      body: reportSupervisionProgressSchema,
      response: { 201: supervisionProgressSchema },
    },
    remindSupervisionItem: {
      method: 'POST',
      path: '/api/supervision-items/:id/remind',
      tags: ['supervision'],
      summary: 'Remind the lead unit (催办), with an optional message',
      access: { permission: 'supervision.manage' },
      record: 'supervision_item',
      params: idParamsSchema,
      body: remindSupervisionItemSchema,
      response: { 200: supervisionItemSchema },
    },
    requestSupervisionExtension: {
      method: 'POST',
      path: '/api/supervision-items/:id/extension-requests',
      tags: ['supervision'],
      summary: 'Ask the assigning unit for a later deadline (a date or N working days), with a reason',
      access: { permission: 'supervision.handle' },
      record: 'supervision_item',
      params: idParamsSchema,
      body: requestExtensionSchema,
      response: { 201: supervisionItemDetailSchema },
    },
    ...workflowRoutes(SUPERVISION_EXTENSION_WORKFLOW, {
      name: 'SupervisionExtension',
      basePath: '/api/supervision-extensions/:id',
      tags: ['supervision'],
      response: extensionRequestSchema,
      summaries: {
        approve: 'Approve an extension request: the due date moves and the colour is counted again',
        refuse: 'Refuse an extension request, with a reason',
      },
    }),
    getSupervisionSettings: {
      method: 'GET',
      path: '/api/campaigns/:id/supervision-settings',
      tags: ['supervision'],
      summary: "The escalation thresholds of a campaign's supervision items (working days)",
      access: { permission: 'supervision.read' },
      record: 'campaign',
      params: idParamsSchema,
      response: { 200: supervisionSettingsSchema },
    },
    updateSupervisionSettings: {
      method: 'PATCH',
      path: '/api/campaigns/:id/supervision-settings',
      tags: ['supervision'],
      summary: "Change a campaign's escalation thresholds",
      access: { permission: 'supervision.manage' },
      record: 'campaign',
      params: idParamsSchema,
      body: updateSupervisionSettingsSchema,
      response: { 200: supervisionSettingsSchema },
    },
  }),
});
