import { z } from 'zod';
import { auditEvent, auditField, transitionEvent, updatedEvent } from './core/audit';
import {
  idParamsSchema,
  idSchema,
  nameText,
  okSchema,
  pageOf,
  pageQuery,
  pageQuerySchema,
  queryInt,
  searchText,
  text,
} from './core/common';
import { binaryResponse, defineRoutes, XLSX_MEDIA_TYPE } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { multipartFileBody } from './files';
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

/**
 * The version workflow: the unit drafts and submits, the unit leader approves (publishes, with an
 * optional review opinion) or returns it with a reason; the submitter may withdraw it while it
 * waits. Approving also supersedes the previously published version.
 */
export const DUTY_ITEM_WORKFLOW = defineWorkflow({
  recordType: 'duty_item',
  states: DUTY_ITEM_STATUSES,
  actions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'submitted',
      permission: 'duties.item.draft',
      audit: 'duty_item.submitted',
    },
    withdraw: {
      from: ['submitted'],
      to: 'draft',
      permission: 'duties.item.draft',
      audit: 'duty_item.withdrawn',
    },
    approve: {
      from: ['submitted'],
      to: 'published',
      permission: 'duties.item.approve',
      audit: 'duty_item.published',
      input: { field: 'opinion', required: false },
    },
    return: {
      from: ['submitted'],
      to: 'returned',
      permission: 'duties.item.approve',
      audit: 'duty_item.returned',
      input: { field: 'reason', required: true },
    },
  },
});
export type DutyItemAction = keyof typeof DUTY_ITEM_WORKFLOW.actions;

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

const contentText = (max: number) => text().trim().max(max).nullish();

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

export const dutyItemCodeSchema = text()
  .trim()
  .min(1)
  .max(DUTY_TEXT_LIMITS.code)
  .regex(/^[^\s]+$/);

export const dutyItemVersionSchema = z
  .object({
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
    reviewOpinion: z.string().nullable(),
    submittedAt: z.string().nullable(),
    /** Who submitted the version (account id and name), and who approved or returned it. */
    submittedById: idSchema.nullable(),
    submittedByName: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DutyItemVersion' });
export type DutyItemVersion = z.infer<typeof dutyItemVersionSchema>;

export const dutyItemSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    kind: dutyItemKindSchema,
    code: z.string(),
    parentItemId: idSchema.nullable(),
    publishedVersion: z.number().int().nullable(),
    latest: dutyItemVersionSchema,
    published: dutyItemVersionSchema.nullable(),
  })
  .meta({ id: 'DutyItem' });
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

export const dutyItemListQuerySchema = z
  .object({
    kind: dutyItemKindSchema.optional(),
    unitId: idSchema.optional(),
    status: dutyItemStatusSchema.optional(),
    category: dutyCategorySchema.optional(),
    q: searchText(),
    ...pageQuery,
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
  /** `field` is the code; `column` the heading users know it by (事项编码, 职权类别…). */
  errors: z.array(z.object({ field: z.string(), column: z.string(), message: z.string() })),
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

export const publicDutyItemSchema = z
  .object({
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
  })
  .meta({ id: 'PublicDutyItem' });
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
    q: searchText(),
    limit: queryInt({ min: 1, max: 100 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();
export type PublicDutyItemQuery = z.infer<typeof publicDutyItemQuerySchema>;

export const publicUnitListSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string() })),
});

// ---------------------------------------------------------------- the contract

const versionAuditShape = {
  version: auditField.int,
  status: auditField.text,
  name: auditField.text,
  category: auditField.text,
  legalBasis: auditField.text,
  implementingBody: auditField.text,
  handlingOffice: auditField.text,
  responsibilities: auditField.text,
  accountabilityConditions: auditField.text,
  accountabilityBasis: auditField.text,
  remarks: auditField.text,
  returnReason: auditField.text,
  reviewOpinion: auditField.text,
  submittedAt: auditField.date,
  reviewedAt: auditField.date,
  publishedAt: auditField.date,
};
const itemAuditShape = {
  kind: auditField.text,
  code: auditField.text,
  parentItemId: auditField.id,
  publishedVersion: auditField.int,
  fromVersion: auditField.int,
  ...versionAuditShape,
};

const dutyItemDetailPath = '/api/duty-items/:id';

/** 明责: power and responsibility lists, drafted by a unit, approved by its head, published. */
const listDutyItemApprovalsRoute = {
  method: 'GET',
  path: '/api/duty-items/approval-queue',
  tags: ['duties'],
  summary: 'Items whose latest version awaits approval',
  access: { permission: 'duties.item.approve' },
  query: pageQuerySchema,
  response: { 200: pageOf(dutyItemSchema) },
} as const;

const DUTY_ITEM_KIND_LABELS: Record<DutyItemKind, Localized> = {
  power: { 'zh-CN': '权力清单', 'en-US': 'Power list' },
  duty: { 'zh-CN': '责任清单', 'en-US': 'Responsibility list' },
};

/**
 * 待审批事项一览: the items whose latest version waits for the unit leader — the queue's columns
 * (list, code, name, unit, versions, submitted by and when) and the category. Not the version's
 * text, which the review opens one item at a time; the lists themselves export through
 * `exportDutyItems` in the import template's layout.
 */
const dutyItemApprovalExport = {
  recordType: 'duty_item',
  title: { 'zh-CN': '权责清单待审批事项', 'en-US': 'Duty items awaiting approval' },
  fileName: { 'zh-CN': '权责清单待审批事项', 'en-US': 'duty-items-awaiting-approval' },
  columns: [
    {
      header: { 'zh-CN': '清单', 'en-US': 'List' },
      value: (i) => i.kind,
      format: { labels: DUTY_ITEM_KIND_LABELS },
      width: 12,
    },
    { header: { 'zh-CN': '事项编码', 'en-US': 'Code' }, value: (i) => i.code, width: 16 },
    { header: { 'zh-CN': '事项名称', 'en-US': 'Name' }, value: (i) => i.latest.name, width: 36 },
    {
      header: { 'zh-CN': '职权类别', 'en-US': 'Category' },
      value: (i) => i.latest.category,
      format: { labels: DUTY_CATEGORY_LABELS },
      width: 14,
    },
    { header: { 'zh-CN': '单位', 'en-US': 'Unit' }, value: (i) => i.unitName, width: 22 },
    {
      header: { 'zh-CN': '已发布版本', 'en-US': 'Published version' },
      value: (i) => i.publishedVersion,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '送审版本', 'en-US': 'Submitted version' },
      value: (i) => i.latest.version,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '提交人', 'en-US': 'Submitted by' },
      value: (i) => i.latest.submittedByName,
      width: 12,
    },
    {
      header: { 'zh-CN': '提交时间', 'en-US': 'Submitted at' },
      value: (i) => i.latest.submittedAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listDutyItemApprovals', typeof listDutyItemApprovalsRoute>>[2];

export const dutiesContract = defineModuleContract({
  name: 'duties',
  permissions: ['duties.item.read', 'duties.item.draft', 'duties.item.approve'],
  grants: {
    campaign_admin: ['duties.item.read'],
    supervisor: ['duties.item.read'],
    inspector: ['duties.item.read'],
    leader: ['duties.item.read'],
    unit_staff: ['duties.item.read', 'duties.item.draft'],
    unit_leader: ['duties.item.read', 'duties.item.draft', 'duties.item.approve'],
  },
  records: { duty_item: { readPermission: 'duties.item.read' } },
  auditEvents: [
    // A first draft, or a new version drafted from the published one (before: the published version).
    auditEvent('duty_item.drafted', 'duty_item', {
      before: z.object({ publishedVersion: auditField.int }).strict().nullish(),
      after: z.object(itemAuditShape).partial().strict(),
    }),
    updatedEvent('duty_item.updated', 'duty_item', versionAuditShape),
    transitionEvent('duty_item.submitted', 'duty_item', { version: auditField.int }),
    transitionEvent('duty_item.withdrawn', 'duty_item', { version: auditField.int }),
    transitionEvent('duty_item.returned', 'duty_item', { version: auditField.int }),
    transitionEvent('duty_item.published', 'duty_item', {
      version: auditField.int,
      publishedVersion: auditField.int,
      superseded: auditField.int,
    }),
    auditEvent('duty_item.draft_deleted', 'duty_item', {
      before: z
        .object({ kind: auditField.text, code: auditField.text, ...versionAuditShape })
        .partial()
        .strict(),
      after: z.object({ itemDeleted: z.boolean() }).strict(),
    }),
    auditEvent('duty_item.imported', 'duty_item', {
      after: z
        .object({
          kind: z.string(),
          mode: z.string(),
          imported: z.number().int(),
          codes: z.array(z.string()),
          rejectedRows: z.array(z.number().int()),
        })
        .strict(),
    }),
    // Two exports write it: the lists' own (exportDutyItems: kind, unit, count) and the approval
    // queue's list export (exportDutyItemApprovals: the list export's operation, filters, count).
    auditEvent('duty_item.exported', 'duty_item', {
      after: z.union([
        z.object({ kind: auditField.text, unitId: auditField.id, count: z.number().int() }).strict(),
        listExportedEvent('duty_item').shape.after,
      ]),
    }),
  ],
  errors: { VERSION_IMMUTABLE: 409 },
  routes: defineRoutes({
    listDutyItems: {
      method: 'GET',
      path: '/api/duty-items',
      tags: ['duties'],
      summary: "Power and responsibility list items in the caller's scope",
      access: { permission: 'duties.item.read' },
      query: dutyItemListQuerySchema,
      response: { 200: pageOf(dutyItemSchema) },
    },
    listDutyItemApprovals: listDutyItemApprovalsRoute,
    exportDutyItemApprovals: listExportRoute(
      'listDutyItemApprovals',
      listDutyItemApprovalsRoute,
      dutyItemApprovalExport,
    ),
    getDutyItemImportTemplate: {
      method: 'GET',
      path: '/api/duty-items/import-template',
      tags: ['duties'],
      summary: 'The Excel import template (.xlsx)',
      access: { permission: 'duties.item.draft' },
      query: dutyImportTemplateQuerySchema,
      response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook') },
    },
    importDutyItems: {
      method: 'POST',
      path: '/api/duty-items/import',
      tags: ['duties'],
      summary: 'Import an .xlsx as drafts (mode=all: any bad row rejects the file, 422 with `rejected`)',
      access: { permission: 'duties.item.draft' },
      query: dutyImportQuerySchema,
      upload: true,
      body: multipartFileBody,
      response: { 200: dutyImportResultSchema },
      // At most two imports run at once (SERVER_BUSY, with Retry-After).
      errors: [503],
    },
    exportDutyItems: {
      method: 'GET',
      path: '/api/duty-items/export',
      tags: ['duties'],
      summary: 'The items the caller may see, as .xlsx (audited)',
      access: { permission: 'duties.item.read' },
      query: dutyExportQuerySchema,
      response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook') },
    },
    getDutyItem: {
      method: 'GET',
      path: dutyItemDetailPath,
      tags: ['duties'],
      summary: 'One item with all its versions',
      access: { permission: 'duties.item.read' },
      record: 'duty_item',
      params: idParamsSchema,
      response: { 200: dutyItemDetailSchema },
    },
    createDutyItem: {
      method: 'POST',
      path: '/api/duty-items',
      tags: ['duties'],
      summary: 'Draft a new item (version 1)',
      access: { permission: 'duties.item.draft' },
      body: createDutyItemSchema,
      response: { 201: dutyItemSchema },
    },
    updateDutyItemDraft: {
      method: 'PATCH',
      path: '/api/duty-items/:id/draft',
      tags: ['duties'],
      summary: 'Edit the open draft or returned version (409 VERSION_IMMUTABLE when none)',
      access: { permission: 'duties.item.draft' },
      record: 'duty_item',
      params: idParamsSchema,
      body: updateDutyDraftSchema,
      response: { 200: dutyItemSchema },
    },
    startDutyItemVersion: {
      method: 'POST',
      path: '/api/duty-items/:id/versions',
      tags: ['duties'],
      summary: 'Start a new draft version from the published one',
      access: { permission: 'duties.item.draft' },
      record: 'duty_item',
      params: idParamsSchema,
      response: { 201: dutyItemSchema },
    },
    ...workflowRoutes(DUTY_ITEM_WORKFLOW, {
      name: 'DutyItem',
      basePath: dutyItemDetailPath,
      tags: ['duties'],
      response: dutyItemSchema,
      summaries: {
        submit: 'Submit the open version for approval',
        withdraw: 'Take a submitted version back to draft',
        approve: 'Approve and publish the submitted version (optional review opinion)',
        return: 'Return the submitted version with a reason',
      },
    }),
    deleteDutyItemDraft: {
      method: 'DELETE',
      path: '/api/duty-items/:id/draft',
      tags: ['duties'],
      summary: 'Delete the open draft (and the item when it was never published)',
      access: { permission: 'duties.item.draft' },
      record: 'duty_item',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    listPublicDutyItems: {
      method: 'GET',
      path: '/api/portal/duty-items',
      tags: ['portal'],
      summary: 'Published power and responsibility list items (search, filters, paging)',
      access: { public: true },
      query: publicDutyItemQuerySchema,
      response: { 200: publicDutyItemListSchema },
    },
    getPublicDutyItem: {
      method: 'GET',
      path: '/api/portal/duty-items/:id',
      tags: ['portal'],
      summary: 'A published item with its public version history',
      access: { public: true },
      params: idParamsSchema,
      response: { 200: publicDutyItemDetailSchema },
    },
    listPublicUnits: {
      method: 'GET',
      path: '/api/portal/units',
      tags: ['portal'],
      summary: 'Units that have published list items',
      access: { public: true },
      response: { 200: publicUnitListSchema },
    },
  }),
});
