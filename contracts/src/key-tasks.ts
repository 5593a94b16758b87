import { z } from 'zod';
import { auditField, createdEvent, deletedEvent, updatedEvent } from './core/audit';
import { dateSchema, idParamsSchema, idSchema, nameText, okSchema, pageOf, pageQuery } from './core/common';
import {
  extensionEvents,
  extensionRequestSchema,
  extensionWorkflow,
  requestExtensionSchema,
} from './core/extension';
import { defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { workflowRoutes } from './core/workflow';

/** 三个清单: key tasks with their target (目标任务), deadline (完成时限) and responsible persons (责任人员). */

export const KEY_TASK_STATUSES = ['on_track', 'due_soon', 'overdue', 'completed'] as const;
export const keyTaskStatusSchema = z.enum(KEY_TASK_STATUSES);
export type KeyTaskStatus = z.infer<typeof keyTaskStatusSchema>;

/** A task with at most this many working days left is due soon. */
export const KEY_TASK_DUE_SOON_DAYS = 5;

export const keyTaskSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    unitId: idSchema,
    unitName: z.string(),
    parentId: idSchema.nullable(),
    title: z.string(),
    target: z.string(),
    dueDate: dateSchema,
    /**
     * The unit that set the deadline and target. When it is not the responsible unit, only it may
     * change them; the responsible unit asks for an extension.
     */
    setByUnitId: idSchema,
    setByUnitName: z.string(),
    /**
     * Whether the caller may change the task itself (title, target, deadline, domain) and delete it:
     * it manages tasks for the unit that set them. Otherwise it asks for an extension.
     */
    deadlineOwned: z.boolean(),
    responsiblePersons: z.array(z.object({ id: idSchema, name: z.string() })),
    progress: z.number().int().min(0).max(100),
    status: keyTaskStatusSchema,
    workingDaysLeft: z.number().int().nullable(),
    /** The due date lies in the year whose holiday schedule is not entered yet (暂定). */
    dueDateProvisional: z.boolean(),
    /** When the deadline was given as N working days (after dueFrom): N, so it follows calendar changes. */
    dueWorkingDays: z.number().int().nullable(),
    dueFrom: dateSchema.nullable(),
    completedAt: z.string().nullable(),
    /** Completed after its due date (逾期完成), by this many working days. */
    completedLate: z.boolean(),
    workingDaysLate: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'KeyTask' });
export type KeyTask = z.infer<typeof keyTaskSchema>;

export const keyTaskFileSchema = z.object({
  id: idSchema,
  filename: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
});

export const keyTaskProgressSchema = z
  .object({
    id: idSchema,
    percent: z.number().int(),
    note: z.string(),
    reportedAt: z.string(),
    reporterName: z.string().nullable(),
    files: z.array(keyTaskFileSchema),
  })
  .meta({ id: 'KeyTaskProgress' });
export type KeyTaskProgress = z.infer<typeof keyTaskProgressSchema>;

export const keyTaskDetailSchema = z
  .object({
    task: keyTaskSchema,
    children: z.array(keyTaskSchema),
    updates: z.array(keyTaskProgressSchema),
    /** Its extension requests, newest first. */
    extensions: z.array(extensionRequestSchema),
  })
  .meta({ id: 'KeyTaskDetail' });
export type KeyTaskDetail = z.infer<typeof keyTaskDetailSchema>;

/** A deadline given as working days from today is kept with its basis and recomputed when the calendar changes. */
const MAX_DUE_WORKING_DAYS = 500;

const keyTaskFields = {
  domainId: idSchema.nullish(),
  title: nameText(200),
  target: nameText(4000),
  dueDate: dateSchema,
  /** The deadline as N working days after today, instead of a date. */
  dueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS),
  responsiblePersonIds: z.array(idSchema).min(1).max(50),
};

const oneDeadline = (v: { dueDate?: string | undefined; dueWorkingDays?: number | undefined }) =>
  v.dueDate === undefined || v.dueWorkingDays === undefined;

export const createKeyTaskSchema = z
  .object({
    campaignId: idSchema,
    unitId: idSchema,
    parentId: idSchema.nullish(),
    ...keyTaskFields,
    dueDate: keyTaskFields.dueDate.optional(),
    dueWorkingDays: keyTaskFields.dueWorkingDays.optional(),
  })
  .strict()
  .refine((v) => oneDeadline(v) && (v.dueDate !== undefined || v.dueWorkingDays !== undefined), {
    message: 'exactly one of dueDate and dueWorkingDays',
    path: ['dueDate'],
  });
export type CreateKeyTaskInput = z.infer<typeof createKeyTaskSchema>;

export const updateKeyTaskSchema = z
  .object(keyTaskFields)
  .partial()
  .strict()
  .refine(oneDeadline, { message: 'at most one of dueDate and dueWorkingDays', path: ['dueDate'] });
export type UpdateKeyTaskInput = z.infer<typeof updateKeyTaskSchema>;

export const keyTaskListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema.optional(),
    domainId: idSchema.optional(),
    status: keyTaskStatusSchema.optional(),
    /** Only tasks with an extension request waiting for the caller's decision. */
    pendingExtension: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type KeyTaskListQuery = z.infer<typeof keyTaskListQuerySchema>;

export const reportKeyTaskProgressSchema = z
  .object({
    percent: z.number().int().min(0).max(100),
    note: nameText(2000),
    fileIds: z.array(idSchema).max(20).default([]),
  })
  .strict();
export type ReportKeyTaskProgressInput = z.infer<typeof reportKeyTaskProgressSchema>;

/** Extension requests of key tasks: asked by the responsible unit, decided by the unit that set the deadline. */
export const KEY_TASK_EXTENSION_WORKFLOW = extensionWorkflow({
  recordType: 'key_task_extension',
  permission: 'keyTask.manage',
  approved: 'key_task.extension_approved',
  refused: 'key_task.extension_refused',
});
export type KeyTaskExtensionAction = keyof typeof KEY_TASK_EXTENSION_WORKFLOW.actions;

// ---------------------------------------------------------------- the contract

const keyTaskAuditShape = {
  campaignId: auditField.id,
  domainId: auditField.id,
  domainTitle: auditField.text,
  unitId: auditField.id,
  parentId: auditField.id,
  title: auditField.text,
  target: auditField.text,
  dueDate: auditField.date,
  responsiblePersonIds: auditField.ids,
  responsiblePersons: z.array(z.string()),
  progress: auditField.int,
  setByUnitId: auditField.id,
  dueWorkingDays: auditField.int,
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
  path: '/api/key-tasks',
  tags: ['keyTasks'],
  summary: "Key tasks (三个清单) in the caller's scope, with derived status",
  access: { permission: 'keyTask.read' },
  query: keyTaskListQuerySchema,
  response: { 200: pageOf(keyTaskSchema) },
} as const;

export const KEY_TASK_STATUS_LABELS: Record<KeyTaskStatus, Localized> = {
  on_track: { 'zh-CN': '正常', 'en-US': 'On track' },
  due_soon: { 'zh-CN': '即将到期', 'en-US': 'Due soon' },
  overdue: { 'zh-CN': '已逾期', 'en-US': 'Overdue' },
  completed: { 'zh-CN': '已完成', 'en-US': 'Completed' },
};

/** 重点任务清单: one row per task, as the list shows them. */
const keyTaskExport = {
  recordType: 'key_task',
  title: { 'zh-CN': '重点任务清单', 'en-US': 'Key tasks' },
  fileName: { 'zh-CN': '重点任务清单', 'en-US': 'key-tasks' },
  columns: [
    { header: { 'zh-CN': '任务名称', 'en-US': 'Task' }, value: (k) => k.title, width: 36 },
    { header: { 'zh-CN': '目标要求', 'en-US': 'Target' }, value: (k) => k.target, width: 40 },
    { header: { 'zh-CN': '所属领域', 'en-US': 'Domain' }, value: (k) => k.domainTitle, width: 18 },
    { header: { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' }, value: (k) => k.unitName, width: 20 },
    {
      header: { 'zh-CN': '责任人', 'en-US': 'Responsible persons' },
      value: (k) => k.responsiblePersons.map((p) => p.name).join('、'),
      width: 18,
    },
    { header: { 'zh-CN': '下达单位', 'en-US': 'Set by' }, value: (k) => k.setByUnitName, width: 20 },
    {
      header: { 'zh-CN': '完成时限', 'en-US': 'Due date' },
      value: (k) => k.dueDate,
      format: 'date',
      width: 14,
    },
    {
      header: { 'zh-CN': '进度（%）', 'en-US': 'Progress (%)' },
      value: (k) => k.progress,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (k) => k.status,
      format: { labels: KEY_TASK_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '逾期完成', 'en-US': 'Completed late' },
      value: (k) => k.completedLate,
      format: 'yesNo',
      width: 10,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listKeyTasks', typeof listRoute>>[2];

export const keyTasksContract = defineModuleContract({
  name: 'keyTasks',
  permissions: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
  grants: {
    ...Object.fromEntries(BUSINESS_READERS.map((role) => [role, ['keyTask.read']])),
    campaign_admin: ['keyTask.read', 'keyTask.manage'],
    unit_staff: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
    unit_leader: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
  },
  records: {
    key_task: { readPermission: 'keyTask.read' },
    key_task_extension: { readPermission: 'keyTask.read' },
  },
  auditEvents: [
    createdEvent('key_task.created', 'key_task', keyTaskAuditShape),
    updatedEvent('key_task.updated', 'key_task', keyTaskAuditShape),
    deletedEvent('key_task.deleted', 'key_task', keyTaskAuditShape),
    listExportedEvent('key_task'),
    // A deadline counted on working days moved because a year's holiday schedule was entered or changed.
    updatedEvent('key_task.deadline_recomputed', 'key_task', { dueDate: auditField.date }),
    updatedEvent('key_task.progress_reported', 'key_task', {
      progress: auditField.int,
      progressId: auditField.id,
      note: auditField.text,
      fileIds: auditField.ids,
    }),
    ...extensionEvents('key_task_extension', {
      requested: 'key_task.extension_requested',
      approved: 'key_task.extension_approved',
      refused: 'key_task.extension_refused',
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listKeyTasks: listRoute,
    exportKeyTasks: listExportRoute('listKeyTasks', listRoute, keyTaskExport),
    getKeyTask: {
      method: 'GET',
      path: '/api/key-tasks/:id',
      tags: ['keyTasks'],
      summary: 'One key task with its sub-tasks and progress updates',
      access: { permission: 'keyTask.read' },
      record: 'key_task',
      params: idParamsSchema,
      response: { 200: keyTaskDetailSchema },
    },
    createKeyTask: {
      method: 'POST',
      path: '/api/key-tasks',
      tags: ['keyTasks'],
      summary: 'Create a key task (responsible persons of the same unit)',
      access: { permission: 'keyTask.manage' },
      body: createKeyTaskSchema,
      response: { 201: keyTaskSchema },
    },
    updateKeyTask: {
      method: 'PATCH',
      path: '/api/key-tasks/:id',
      tags: ['keyTasks'],
      summary: 'Edit a key task',
      access: { permission: 'keyTask.manage' },
      record: 'key_task',
      params: idParamsSchema,
      body: updateKeyTaskSchema,
      response: { 200: keyTaskSchema },
    },
    deleteKeyTask: {
      method: 'DELETE',
      path: '/api/key-tasks/:id',
      tags: ['keyTasks'],
      summary: 'Delete a key task without sub-tasks',
      access: { permission: 'keyTask.manage' },
      record: 'key_task',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    requestKeyTaskExtension: {
      method: 'POST',
      path: '/api/key-tasks/:id/extension-requests',
      tags: ['keyTasks'],
      summary: 'Ask the unit that set the deadline for a later one (a date or N working days), with a reason',
      access: { permission: 'keyTask.report' },
      record: 'key_task',
      params: idParamsSchema,
      body: requestExtensionSchema,
      response: { 201: keyTaskDetailSchema },
    },
    ...workflowRoutes(KEY_TASK_EXTENSION_WORKFLOW, {
      name: 'KeyTaskExtension',
      basePath: '/api/key-task-extensions/:id',
      tags: ['keyTasks'],
      response: extensionRequestSchema,
      summaries: {
        approve: 'Approve an extension request: the due date moves (optional opinion)',
        refuse: 'Refuse an extension request, with a reason',
      },
    }),
    reportKeyTaskProgress: {
      method: 'POST',
      path: '/api/key-tasks/:id/progress',
      tags: ['keyTasks'],
      summary: 'Report progress with a note and evidence files',
      access: { permission: 'keyTask.report' },
      record: 'key_task',
      params: idParamsSchema,
      body: reportKeyTaskProgressSchema,
      response: { 201: keyTaskProgressSchema },
    },
  }),
});
