import { z } from 'zod';
import { auditField, createdEvent, deletedEvent, updatedEvent } from './core/audit';
import { dateSchema, idParamsSchema, idSchema, listOf, nameText, okSchema } from './core/common';
import { defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

/** 三个清单: key tasks with their target (目标任务), deadline (完成时限) and responsible persons (责任人员). */

export const KEY_TASK_STATUSES = ['on_track', 'due_soon', 'overdue', 'completed'] as const;
export const keyTaskStatusSchema = z.enum(KEY_TASK_STATUSES);
export type KeyTaskStatus = z.infer<typeof keyTaskStatusSchema>;

/** A task with at most this many working days left is due soon. */
export const KEY_TASK_DUE_SOON_DAYS = 5;

export const keyTaskSchema = z.object({
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
  responsiblePersons: z.array(z.object({ id: idSchema, name: z.string() })),
  progress: z.number().int().min(0).max(100),
  status: keyTaskStatusSchema,
  workingDaysLeft: z.number().int().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KeyTask = z.infer<typeof keyTaskSchema>;

export const keyTaskFileSchema = z.object({
  id: idSchema,
  filename: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
});

export const keyTaskProgressSchema = z.object({
  id: idSchema,
  percent: z.number().int(),
  note: z.string(),
  reportedAt: z.string(),
  reporterName: z.string().nullable(),
  files: z.array(keyTaskFileSchema),
});
export type KeyTaskProgress = z.infer<typeof keyTaskProgressSchema>;

export const keyTaskDetailSchema = z.object({
  task: keyTaskSchema,
  children: z.array(keyTaskSchema),
  updates: z.array(keyTaskProgressSchema),
});
export type KeyTaskDetail = z.infer<typeof keyTaskDetailSchema>;

const keyTaskFields = {
  domainId: idSchema.nullish(),
  title: nameText(200),
  target: nameText(4000),
  dueDate: dateSchema,
  responsiblePersonIds: z.array(idSchema).min(1).max(50),
};

export const createKeyTaskSchema = z
  .object({
    campaignId: idSchema,
    unitId: idSchema,
    parentId: idSchema.nullish(),
    ...keyTaskFields,
  })
  .strict();
export type CreateKeyTaskInput = z.infer<typeof createKeyTaskSchema>;

export const updateKeyTaskSchema = z.object(keyTaskFields).partial().strict();
export type UpdateKeyTaskInput = z.infer<typeof updateKeyTaskSchema>;

export const keyTaskListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema.optional(),
    domainId: idSchema.optional(),
    status: keyTaskStatusSchema.optional(),
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
};

const BUSINESS_READERS = [
  'campaign_admin',
  'supervisor',
  'inspector',
  'leader',
  'unit_staff',
  'unit_leader',
] as const;

export const keyTasksContract = defineModuleContract({
  name: 'keyTasks',
  permissions: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
  grants: {
    ...Object.fromEntries(BUSINESS_READERS.map((role) => [role, ['keyTask.read']])),
    campaign_admin: ['keyTask.read', 'keyTask.manage'],
    unit_staff: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
    unit_leader: ['keyTask.read', 'keyTask.manage', 'keyTask.report'],
  },
  records: { key_task: { readPermission: 'keyTask.read' } },
  auditEvents: [
    createdEvent('key_task.created', 'key_task', keyTaskAuditShape),
    updatedEvent('key_task.updated', 'key_task', keyTaskAuditShape),
    deletedEvent('key_task.deleted', 'key_task', keyTaskAuditShape),
    updatedEvent('key_task.progress_reported', 'key_task', {
      progress: auditField.int,
      progressId: auditField.id,
      note: auditField.text,
      fileIds: auditField.ids,
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listKeyTasks: {
      method: 'GET',
      path: '/api/key-tasks',
      tags: ['keyTasks'],
      summary: "Key tasks (三个清单) in the caller's scope, with derived status",
      access: { permission: 'keyTask.read' },
      query: keyTaskListQuerySchema,
      response: { 200: listOf(keyTaskSchema) },
    },
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
