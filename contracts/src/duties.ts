import { z } from 'zod';
import { dateSchema, idSchema, nameText } from './common';
import type { Permission } from './roles';
import { DUTY_CATEGORIES } from './vocabulary';

export { DUTY_CATEGORIES };

// ---------------------------------------------------------------- power and responsibility lists

/** 权力清单 (powerItem) and 责任清单 (dutyItem). */
export const DUTY_ITEM_KINDS = ['power', 'duty'] as const;
export const dutyItemKindSchema = z.enum(DUTY_ITEM_KINDS);
export type DutyItemKind = z.infer<typeof dutyItemKindSchema>;

export const DUTY_ITEM_STATUSES = ['draft', 'submitted', 'returned', 'published', 'superseded'] as const;
export const dutyItemStatusSchema = z.enum(DUTY_ITEM_STATUSES);
export type DutyItemStatus = z.infer<typeof dutyItemStatusSchema>;

export const dutyCategorySchema = z.enum(DUTY_CATEGORIES);
export type DutyCategory = z.infer<typeof dutyCategorySchema>;

/** The labels users know the categories by (Excel templates and imports use the Chinese ones). */
export const DUTY_CATEGORY_LABELS: Record<DutyCategory, { 'zh-CN': string; 'en-US': string }> = {
  licensing: { 'zh-CN': '行政许可', 'en-US': 'Administrative licensing' },
  penalty: { 'zh-CN': '行政处罚', 'en-US': 'Administrative penalty' },
  enforcement: { 'zh-CN': '行政强制', 'en-US': 'Administrative enforcement' },
  levy: { 'zh-CN': '行政征收', 'en-US': 'Administrative levy' },
  benefit: { 'zh-CN': '行政给付', 'en-US': 'Administrative benefit' },
  inspection: { 'zh-CN': '行政检查', 'en-US': 'Administrative inspection' },
  confirmation: { 'zh-CN': '行政确认', 'en-US': 'Administrative confirmation' },
  reward: { 'zh-CN': '行政奖励', 'en-US': 'Administrative reward' },
  adjudication: { 'zh-CN': '行政裁决', 'en-US': 'Administrative adjudication' },
  other: { 'zh-CN': '其他行政权力', 'en-US': 'Other administrative power' },
  public_service: { 'zh-CN': '公共服务', 'en-US': 'Public service' },
};

export const DUTY_ITEM_ACTIONS = ['submit', 'withdraw', 'approve', 'return'] as const;
export const dutyItemActionSchema = z.enum(DUTY_ITEM_ACTIONS);
export type DutyItemAction = z.infer<typeof dutyItemActionSchema>;

/**
 * The version workflow as data: `DUTY_ITEM_TRANSITIONS[status][action] → next status`.
 * Approving also supersedes the previously published version; returning needs a reason.
 */
export const DUTY_ITEM_TRANSITIONS: Record<
  DutyItemStatus,
  Partial<Record<DutyItemAction, DutyItemStatus>>
> = {
  draft: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { approve: 'published', return: 'returned', withdraw: 'draft' },
  published: {},
  superseded: {},
};

/** Which permission each action needs: the unit drafts, the unit leader approves. */
export const DUTY_ITEM_ACTION_PERMISSION = {
  submit: 'duties.item.draft',
  withdraw: 'duties.item.draft',
  approve: 'duties.item.approve',
  return: 'duties.item.approve',
} as const satisfies Record<DutyItemAction, Permission>;

/** Longest text accepted per content field (API and Excel import alike). */
export const DUTY_TEXT_LIMITS = {
  code: 64,
  name: 200,
  legalBasis: 4000,
  implementingBody: 200,
  handlingOffice: 200,
  responsibilities: 4000,
  accountabilityConditions: 4000,
  accountabilityBasis: 4000,
  remarks: 1000,
} as const;

const contentText = (max: number) => z.string().trim().max(max).nullish();

/** The content of a version (what drafting edits). */
export const dutyItemContentFields = {
  name: nameText(DUTY_TEXT_LIMITS.name),
  category: dutyCategorySchema.nullish(),
  legalBasis: contentText(DUTY_TEXT_LIMITS.legalBasis),
  implementingBody: contentText(DUTY_TEXT_LIMITS.implementingBody),
  handlingOffice: contentText(DUTY_TEXT_LIMITS.handlingOffice),
  responsibilities: contentText(DUTY_TEXT_LIMITS.responsibilities),
  accountabilityConditions: contentText(DUTY_TEXT_LIMITS.accountabilityConditions),
  accountabilityBasis: contentText(DUTY_TEXT_LIMITS.accountabilityBasis),
  remarks: contentText(DUTY_TEXT_LIMITS.remarks),
};
export const DUTY_CONTENT_KEYS = Object.keys(dutyItemContentFields) as (keyof typeof dutyItemContentFields)[];

export const dutyItemCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(DUTY_TEXT_LIMITS.code)
  .regex(/^[^\s]+$/);

export const dutyItemVersionSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  version: z.number().int(),
  status: dutyItemStatusSchema,
  name: z.string(),
  category: dutyCategorySchema.nullable(),
  legalBasis: z.string().nullable(),
  implementingBody: z.string().nullable(),
  handlingOffice: z.string().nullable(),
  responsibilities: z.string().nullable(),
  accountabilityConditions: z.string().nullable(),
  accountabilityBasis: z.string().nullable(),
  remarks: z.string().nullable(),
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DutyItemVersion = z.infer<typeof dutyItemVersionSchema>;

export const dutyItemSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  kind: dutyItemKindSchema,
  code: z.string(),
  parentItemId: idSchema.nullable(),
  publishedVersion: z.number().int().nullable(),
  latest: dutyItemVersionSchema,
  published: dutyItemVersionSchema.nullable(),
});
export type DutyItem = z.infer<typeof dutyItemSchema>;

export const dutyItemDetailSchema = z.object({
  item: dutyItemSchema,
  versions: z.array(dutyItemVersionSchema),
});
export type DutyItemDetail = z.infer<typeof dutyItemDetailSchema>;

export const createDutyItemSchema = z
  .object({
    kind: dutyItemKindSchema,
    unitId: idSchema,
    code: dutyItemCodeSchema,
    parentItemId: idSchema.nullish(),
    ...dutyItemContentFields,
  })
  .strict();
export type CreateDutyItemInput = z.infer<typeof createDutyItemSchema>;

// Built from the fields, not from the create schema (see org.ts).
export const updateDutyDraftSchema = z.object(dutyItemContentFields).partial().strict();
export type UpdateDutyDraftInput = z.infer<typeof updateDutyDraftSchema>;

export const dutyItemTransitionSchema = z
  .object({
    action: dutyItemActionSchema,
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();
export type DutyItemTransitionInput = z.infer<typeof dutyItemTransitionSchema>;

export const dutyItemListQuerySchema = z
  .object({
    kind: dutyItemKindSchema.optional(),
    unitId: idSchema.optional(),
    status: dutyItemStatusSchema.optional(),
    category: dutyCategorySchema.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();
export type DutyItemListQuery = z.infer<typeof dutyItemListQuerySchema>;

export const dutyImportTemplateQuerySchema = z.object({ kind: dutyItemKindSchema.default('power') }).strict();

export const DUTY_IMPORT_MODES = ['all', 'valid'] as const;
export const dutyImportQuerySchema = z
  .object({
    kind: dutyItemKindSchema,
    unitId: idSchema,
    mode: z.enum(DUTY_IMPORT_MODES).default('all'),
  })
  .strict();
export type DutyImportQuery = z.infer<typeof dutyImportQuerySchema>;

export const dutyImportRejectedRowSchema = z.object({
  /** The row number as Excel shows it (the header is row 1). */
  row: z.number().int(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type DutyImportRejectedRow = z.infer<typeof dutyImportRejectedRowSchema>;

export const dutyImportResultSchema = z.object({
  imported: z.number().int(),
  rejected: z.array(dutyImportRejectedRowSchema),
});
export type DutyImportResult = z.infer<typeof dutyImportResultSchema>;

export const dutyExportQuerySchema = z
  .object({ kind: dutyItemKindSchema.optional(), unitId: idSchema.optional() })
  .strict();

// ---- public portal: published content only, no workflow fields, no user ids

export const publicDutyItemSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  kind: dutyItemKindSchema,
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  category: dutyCategorySchema.nullable(),
  legalBasis: z.string().nullable(),
  implementingBody: z.string().nullable(),
  handlingOffice: z.string().nullable(),
  responsibilities: z.string().nullable(),
  accountabilityConditions: z.string().nullable(),
  accountabilityBasis: z.string().nullable(),
  remarks: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type PublicDutyItem = z.infer<typeof publicDutyItemSchema>;

export const publicDutyItemVersionSchema = publicDutyItemSchema.pick({
  version: true,
  name: true,
  category: true,
  legalBasis: true,
  implementingBody: true,
  handlingOffice: true,
  responsibilities: true,
  accountabilityConditions: true,
  accountabilityBasis: true,
  remarks: true,
  publishedAt: true,
});
export type PublicDutyItemVersion = z.infer<typeof publicDutyItemVersionSchema>;

export const publicDutyItemListSchema = z.object({
  items: z.array(publicDutyItemSchema),
  total: z.number().int(),
});
export const publicDutyItemDetailSchema = z.object({
  item: publicDutyItemSchema,
  history: z.array(publicDutyItemVersionSchema),
});

export const publicDutyItemQuerySchema = z
  .object({
    kind: dutyItemKindSchema.optional(),
    unitId: idSchema.optional(),
    category: dutyCategorySchema.optional(),
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type PublicDutyItemQuery = z.infer<typeof publicDutyItemQuerySchema>;

export const publicUnitListSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string() })),
});

// ---------------------------------------------------------------- key tasks (三个清单)

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
