import { z } from 'zod';
import { CONDUCT_LABELS, conductSchema } from './conduct';
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
  optionalText,
  pageOf,
  pageQuery,
  searchText,
} from './core/common';
import { binaryResponse, defineRoutes, XLSX_MEDIA_TYPE } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { multipartFileBody, storedFileSchema } from './files';

/**
 * 整改台账 — the rectification ledger: each problem a unit found in self-inspection (自查自纠),
 * or was given by an inspection team, a supervision item or a suggestion, with its measures,
 * responsible person, deadline on working days and evidence, rectified and closed (销号) only
 * after the unit leader's sign-off — and, for problems an inspection found, the inspection team's
 * confirmation.
 */

// ---------------------------------------------------------------- vocabularies

/** Where a ledger item comes from; all but self-inspection name the source record (`sourceId`). */
export const RECTIFICATION_SOURCES = [
  'self_inspection', // 自查发现
  'inspection_finding', // 督查检查发现
  'supervision_item', // 督办事项
  'suggestion', // 意见建议
] as const;
export const rectificationSourceSchema = z.enum(RECTIFICATION_SOURCES);
export type RectificationSource = z.infer<typeof rectificationSourceSchema>;

/** The sources a unit enters itself; inspection findings come from the inspection team's module. */
export const RECTIFICATION_ENTERED_SOURCES = [
  'self_inspection',
  'supervision_item',
  'suggestion',
] as const satisfies readonly RectificationSource[];

// ---------------------------------------------------------------- the lifecycle

export const RECTIFICATION_STATUSES = [
  'pending', // 待整改
  'rectifying', // 整改中
  'completion_claimed', // 已报完成（待销号）
  'signed_off', // 已销号（督查检查发现的：待督查组确认）
  'confirmed', // 督查组已确认
] as const;
export const rectificationStatusSchema = z.enum(RECTIFICATION_STATUSES);
export type RectificationStatus = z.infer<typeof rectificationStatusSchema>;

/** The states whose deadline runs: an item in them is overdue once past its due date. */
export const RECTIFICATION_OPEN_STATUSES = [
  'pending',
  'rectifying',
] as const satisfies readonly RectificationStatus[];

/** The states an import may give an item: sign-off and confirmation are never imported. */
export const RECTIFICATION_IMPORT_STATUSES = RECTIFICATION_OPEN_STATUSES;

/** With this many working days left or fewer an open item shows yellow (due soon). */
export const RECTIFICATION_DUE_SOON_WORKING_DAYS = 3;

/** The deadline of an item another module opens without one: this many working days. */
export const RECTIFICATION_DEFAULT_WORKING_DAYS = 20;

export const RECTIFICATION_ITEM_WORKFLOW = defineWorkflow({
  recordType: 'rectification_item',
  states: RECTIFICATION_STATUSES,
  actions: {
    /** 开始整改 */
    start: {
      from: ['pending'],
      to: 'rectifying',
      permission: 'rectification.item.manage',
      audit: 'rectification_item.started',
    },
    /** 报完成（申请销号）, with what was done (完成情况). */
    claim: {
      from: ['rectifying'],
      to: 'completion_claimed',
      permission: 'rectification.item.manage',
      audit: 'rectification_item.completion_claimed',
      input: { field: 'summary', required: true, max: 4000 },
    },
    /** 退回整改: the unit leader does not sign off, with the reason. */
    return: {
      from: ['completion_claimed'],
      to: 'rectifying',
      permission: 'rectification.item.sign_off',
      audit: 'rectification_item.returned',
      input: { field: 'reason', required: true },
    },
    /** 销号: the unit leader signs off (an inspection's finding then waits for the team's confirmation). */
    signOff: {
      from: ['completion_claimed'],
      to: 'signed_off',
      permission: 'rectification.item.sign_off',
      audit: 'rectification_item.signed_off',
      input: { field: 'opinion', required: false },
    },
    /** 督查组确认: only items from an inspection finding. */
    confirm: {
      from: ['signed_off'],
      to: 'confirmed',
      permission: 'rectification.item.confirm',
      audit: 'rectification_item.confirmed',
      input: { field: 'opinion', required: false },
    },
    /** 不予确认: the inspection team sends the item back to rectifying, with the reason. */
    refuse: {
      from: ['signed_off'],
      to: 'rectifying',
      permission: 'rectification.item.confirm',
      audit: 'rectification_item.confirmation_refused',
      input: { field: 'reason', required: true },
    },
    /** 重新整改: a closed item is reopened by the unit leader, with the reason. */
    reopen: {
      from: ['signed_off', 'confirmed'],
      to: 'rectifying',
      permission: 'rectification.item.sign_off',
      audit: 'rectification_item.reopened',
      input: { field: 'reason', required: true },
    },
  },
});
export type RectificationAction = keyof typeof RECTIFICATION_ITEM_WORKFLOW.actions;

/** Whether an item is closed (销号): signed off, and for an inspection's finding confirmed too. */
export function rectificationClosed(item: { status: RectificationStatus; source: RectificationSource }) {
  return (
    item.status === 'confirmed' || (item.status === 'signed_off' && item.source !== 'inspection_finding')
  );
}

// ---------------------------------------------------------------- the item

/** Today's colour of an open item: red overdue, yellow due within a few working days. */
export const RECTIFICATION_COLOURS = ['none', 'yellow', 'red'] as const;
export const rectificationColourSchema = z.enum(RECTIFICATION_COLOURS);
export type RectificationColour = z.infer<typeof rectificationColourSchema>;

export const rectificationItemSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    source: rectificationSourceSchema,
    /** The source record (in its own module); null for self-inspection. */
    sourceId: idSchema.nullable(),
    /** How the source is shown: a supervision item's code, a suggestion's tracking code, a finding's code. */
    sourceLabel: z.string().nullable(),
    /** 问题描述 */
    problem: z.string(),
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    /** 问题类型 */
    conduct: conductSchema.nullable(),
    /** 整改措施 */
    measures: z.string().nullable(),
    /** 责任人, as the ledger writes it (a name, or a name and post). */
    responsiblePerson: z.string().nullable(),
    dueDate: dateSchema,
    dueWorkingDays: z.number().int().nullable(),
    dueFrom: dateSchema.nullable(),
    /** The due date lies in the year whose holiday schedule is not entered yet (暂定). */
    dueDateProvisional: z.boolean(),
    status: rectificationStatusSchema,
    /** 完成情况: what was done, as claimed. */
    completion: z.string().nullable(),
    /** Closed (销号): signed off, and for an inspection's finding confirmed too. */
    closed: z.boolean(),
    /** Signed off by the unit leader, waiting for the inspection team's confirmation. */
    awaitingConfirmation: z.boolean(),
    overdue: z.boolean(),
    colour: rectificationColourSchema,
    /** Working days left until the due date (negative when overdue); null when not open. */
    workingDaysLeft: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RectificationItem' });
export type RectificationItem = z.infer<typeof rectificationItemSchema>;

export const rectificationItemDetailSchema = z
  .object({
    item: rectificationItemSchema,
    evidence: z.array(storedFileSchema),
  })
  .meta({ id: 'RectificationItemDetail' });
export type RectificationItemDetail = z.infer<typeof rectificationItemDetailSchema>;

/** Longest text accepted per field (API and Excel import alike). */
export const RECTIFICATION_TEXT_LIMITS = {
  problem: 2000,
  measures: 4000,
  responsiblePerson: 100,
  completion: 4000,
} as const;

const MAX_DUE_WORKING_DAYS = 500;

const itemFields = {
  problem: nameText(RECTIFICATION_TEXT_LIMITS.problem),
  domainId: idSchema.nullish(),
  conduct: conductSchema.nullish(),
  measures: optionalText(RECTIFICATION_TEXT_LIMITS.measures),
  responsiblePerson: optionalText(RECTIFICATION_TEXT_LIMITS.responsiblePerson),
  dueDate: dateSchema,
  dueWorkingDays: z.number().int().min(1).max(MAX_DUE_WORKING_DAYS),
};

const oneDeadline = (v: { dueDate?: string | undefined; dueWorkingDays?: number | undefined }) =>
  v.dueDate === undefined || v.dueWorkingDays === undefined;

export const createRectificationItemSchema = z
  .object({
    /** Default: the campaign the caller works under. */
    campaignId: idSchema.optional(),
    unitId: idSchema,
    source: z.enum(RECTIFICATION_ENTERED_SOURCES).default('self_inspection'),
    sourceId: idSchema.nullish(),
    ...itemFields,
    dueDate: itemFields.dueDate.optional(),
    dueWorkingDays: itemFields.dueWorkingDays.optional(),
  })
  .strict()
  .refine((v) => oneDeadline(v) && (v.dueDate !== undefined || v.dueWorkingDays !== undefined), {
    message: 'exactly one of dueDate and dueWorkingDays',
    path: ['dueDate'],
  })
  .refine((v) => (v.source === 'self_inspection') === !v.sourceId, {
    message: 'a source record is named exactly when the item does not come from self-inspection',
    path: ['sourceId'],
  });
export type CreateRectificationItemInput = z.infer<typeof createRectificationItemSchema>;

export const updateRectificationItemSchema = z
  .object(itemFields)
  .partial()
  .strict()
  .refine(oneDeadline, { message: 'at most one of dueDate and dueWorkingDays', path: ['dueDate'] });
export type UpdateRectificationItemInput = z.infer<typeof updateRectificationItemSchema>;

/** The list's filters (also those of the export). */
const listFilters = {
  campaignId: idSchema.optional(),
  status: rectificationStatusSchema.optional(),
  source: rectificationSourceSchema.optional(),
  /** Items of one source record (a supervision item's page lists its ledger items). */
  sourceId: idSchema.optional(),
  domainId: idSchema.optional(),
  /** Items of this unit and the units below it. */
  unitId: idSchema.optional(),
  conduct: conductSchema.optional(),
  /** Open items past their due date. */
  overdue: z.enum(['true']).optional(),
  /** Items signed off (销号: signed off or confirmed), the numerator of 办结销号率; false: the open ones. */
  signedOff: z.enum(['true', 'false']).optional(),
  /** Items whose completion waits for the caller's sign-off (销号). */
  toSignOff: z.enum(['true']).optional(),
  /** Items from an inspection, signed off, waiting for the caller's confirmation. */
  toConfirm: z.enum(['true']).optional(),
  /** In the problem, measures, responsible person and source label. */
  q: searchText(),
};

export const rectificationItemListQuerySchema = z.object({ ...listFilters, ...pageQuery }).strict();
export type RectificationItemListQuery = z.infer<typeof rectificationItemListQuerySchema>;

export const rectificationImportQuerySchema = z
  .object({
    unitId: idSchema,
    /** Default: the campaign the caller works under (its domains name the 所属领域 column). */
    campaignId: idSchema.optional(),
  })
  .strict();
export type RectificationImportQuery = z.infer<typeof rectificationImportQuerySchema>;

export const rectificationImportRejectedRowSchema = z.object({
  /** The row number as Excel shows it (the header is row 1). */
  row: z.number().int(),
  /** `field` is the code; `column` the heading users know it by (问题描述, 整改时限…). */
  errors: z.array(z.object({ field: z.string(), column: z.string(), message: z.string() })),
});
export type RectificationImportRejectedRow = z.infer<typeof rectificationImportRejectedRowSchema>;

export const rectificationImportResultSchema = z.object({
  imported: z.number().int(),
  ids: z.array(idSchema),
});
export type RectificationImportResult = z.infer<typeof rectificationImportResultSchema>;

export const addRectificationEvidenceSchema = z
  .object({ fileIds: z.array(idSchema).min(1).max(20) })
  .strict();
export type AddRectificationEvidenceInput = z.infer<typeof addRectificationEvidenceSchema>;

// ---------------------------------------------------------------- the contract

const itemAuditShape = {
  campaignId: auditField.id,
  unitId: auditField.id,
  source: auditField.text,
  sourceId: auditField.id,
  sourceLabel: auditField.text,
  problem: auditField.text,
  domainId: auditField.id,
  conduct: auditField.text,
  measures: auditField.text,
  responsiblePerson: auditField.text,
  dueDate: auditField.date,
  dueWorkingDays: auditField.int,
  status: auditField.text,
  completion: auditField.text,
  /** Created by an Excel import (the row it came from). */
  importRow: auditField.int,
};

const READERS = ['campaign_admin', 'supervisor', 'inspector', 'leader', 'unit_staff', 'unit_leader'] as const;

const listRoute = {
  method: 'GET',
  path: '/api/rectification-items',
  tags: ['rectification'],
  summary: "Rectification ledger items (整改台账) in the caller's scope, due first",
  access: { permission: 'rectification.item.read' },
  query: rectificationItemListQuerySchema,
  response: { 200: pageOf(rectificationItemSchema) },
} as const;

/** The same heading in both languages: the ledger's headings are Chinese, and its import finds its columns by them. */
const ledgerHeading = (heading: string): Localized => ({ 'zh-CN': heading, 'en-US': heading });

/**
 * The export is the ledger sheet units keep (title, then 序号, 问题描述 … 问题来源), so that it can
 * be edited and imported again, and then what the system adds: the source's code, the unit, overdue.
 */
const ledgerExport = {
  recordType: 'rectification_item',
  title: { 'zh-CN': '整改台账', 'en-US': 'Rectification ledger' },
  fileName: { 'zh-CN': '整改台账', 'en-US': 'rectification-ledger' },
  columns: [
    { header: ledgerHeading('序号'), value: (_, index) => index + 1, format: 'number', width: 6 },
    { header: ledgerHeading('问题描述'), value: (i) => i.problem, width: 48 },
    { header: ledgerHeading('所属领域'), value: (i) => i.domainTitle, width: 18 },
    // The conduct type stays Chinese: the import reads it so.
    {
      header: ledgerHeading('问题类型'),
      value: (i) => (i.conduct ? CONDUCT_LABELS[i.conduct]['zh-CN'] : null),
      width: 10,
    },
    { header: ledgerHeading('整改措施'), value: (i) => i.measures, width: 48 },
    { header: ledgerHeading('责任人'), value: (i) => i.responsiblePerson, width: 16 },
    { header: ledgerHeading('整改时限'), value: (i) => i.dueDate, format: 'date', width: 14 },
    {
      header: ledgerHeading('整改状态'),
      value: (i) => i.status,
      format: { messages: 'rectification.status' },
      width: 12,
    },
    { header: ledgerHeading('完成情况'), value: (i) => i.completion, width: 40 },
    {
      header: ledgerHeading('问题来源'),
      value: (i) => i.source,
      format: { messages: 'rectification.source' },
      width: 14,
    },
    { header: ledgerHeading('来源编号'), value: (i) => i.sourceLabel, width: 16 },
    { header: ledgerHeading('责任单位'), value: (i) => i.unitName, width: 20 },
    { header: ledgerHeading('是否逾期'), value: (i) => i.overdue, format: 'yesNo', width: 10 },
  ],
} satisfies Parameters<typeof listExportRoute<'listRectificationItems', typeof listRoute>>[2];

export const rectificationContract = defineModuleContract({
  name: 'rectification',
  permissions: [
    'rectification.item.read',
    'rectification.item.manage',
    'rectification.item.sign_off',
    'rectification.item.confirm',
  ],
  grants: {
    ...Object.fromEntries(READERS.map((role) => [role, ['rectification.item.read']])),
    unit_staff: ['rectification.item.read', 'rectification.item.manage'],
    unit_leader: ['rectification.item.read', 'rectification.item.manage', 'rectification.item.sign_off'],
    inspector: ['rectification.item.read', 'rectification.item.confirm'],
  },
  records: { rectification_item: { readPermission: 'rectification.item.read' } },
  auditEvents: [
    createdEvent('rectification_item.created', 'rectification_item', itemAuditShape),
    updatedEvent('rectification_item.updated', 'rectification_item', itemAuditShape),
    deletedEvent('rectification_item.deleted', 'rectification_item', itemAuditShape),
    transitionEvent('rectification_item.started', 'rectification_item'),
    transitionEvent('rectification_item.completion_claimed', 'rectification_item', {
      summary: z.string().nullish(),
    }),
    transitionEvent('rectification_item.returned', 'rectification_item'),
    transitionEvent('rectification_item.signed_off', 'rectification_item'),
    transitionEvent('rectification_item.confirmed', 'rectification_item'),
    transitionEvent('rectification_item.confirmation_refused', 'rectification_item'),
    transitionEvent('rectification_item.reopened', 'rectification_item'),
    updatedEvent('rectification_item.evidence_added', 'rectification_item', { fileIds: auditField.ids }),
    updatedEvent('rectification_item.deadline_recomputed', 'rectification_item', {
      dueDate: auditField.date,
    }),
    auditEvent('rectification_item.imported', 'rectification_item', {
      after: z.object({ unitId: z.string(), imported: z.number().int(), ids: z.array(z.string()) }).strict(),
    }),
    listExportedEvent('rectification_item'),
  ],
  errors: {},
  routes: defineRoutes({
    listRectificationItems: listRoute,
    exportRectificationItems: listExportRoute('listRectificationItems', listRoute, ledgerExport),
    getRectificationImportTemplate: {
      method: 'GET',
      path: '/api/rectification-items/import-template',
      tags: ['rectification'],
      summary: 'The Excel import template of the ledger (.xlsx, one row per item)',
      access: { permission: 'rectification.item.manage' },
      response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook') },
    },
    importRectificationItems: {
      method: 'POST',
      path: '/api/rectification-items/import',
      tags: ['rectification'],
      summary:
        "Import an .xlsx ledger into a unit: all or nothing (any bad row: 422 with each row's errors in `rejected`)",
      access: { permission: 'rectification.item.manage' },
      query: rectificationImportQuerySchema,
      upload: true,
      body: multipartFileBody,
      response: { 200: rectificationImportResultSchema },
      // At most two imports run at once (SERVER_BUSY, with Retry-After).
      errors: [503],
    },
    getRectificationItem: {
      method: 'GET',
      path: '/api/rectification-items/:id',
      tags: ['rectification'],
      summary: 'One ledger item with its evidence files',
      access: { permission: 'rectification.item.read' },
      record: 'rectification_item',
      params: idParamsSchema,
      response: { 200: rectificationItemDetailSchema },
    },
    createRectificationItem: {
      method: 'POST',
      path: '/api/rectification-items',
      tags: ['rectification'],
      summary:
        'Enter a ledger item for a unit: found in self-inspection, or from a supervision item or a suggestion it names',
      access: { permission: 'rectification.item.manage' },
      body: createRectificationItemSchema,
      response: { 201: rectificationItemSchema },
    },
    updateRectificationItem: {
      method: 'PATCH',
      path: '/api/rectification-items/:id',
      tags: ['rectification'],
      summary: 'Edit an item before its completion is claimed (a deadline set by its source stays)',
      access: { permission: 'rectification.item.manage' },
      record: 'rectification_item',
      params: idParamsSchema,
      body: updateRectificationItemSchema,
      response: { 200: rectificationItemSchema },
    },
    deleteRectificationItem: {
      method: 'DELETE',
      path: '/api/rectification-items/:id',
      tags: ['rectification'],
      summary: 'Delete a pending item the unit entered from its self-inspection (a mistake)',
      access: { permission: 'rectification.item.manage' },
      record: 'rectification_item',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    addRectificationEvidence: {
      method: 'POST',
      path: '/api/rectification-items/:id/evidence',
      tags: ['rectification'],
      summary: 'Attach uploaded evidence files (整改佐证材料) to an item being rectified',
      access: { permission: 'rectification.item.manage' },
      record: 'rectification_item',
      params: idParamsSchema,
      body: addRectificationEvidenceSchema,
      response: { 200: rectificationItemDetailSchema },
    },
    ...workflowRoutes(RECTIFICATION_ITEM_WORKFLOW, {
      name: 'RectificationItem',
      basePath: '/api/rectification-items/:id',
      tags: ['rectification'],
      response: rectificationItemSchema,
      summaries: {
        start: 'Start rectifying (开始整改)',
        claim: 'Claim completion, with what was done (报完成、申请销号)',
        return: 'Return the claim for more rectification, with a reason (退回整改)',
        signOff:
          "Sign off (销号), the unit leader; an inspection's finding then waits for the team's confirmation",
        confirm: "Confirm the sign-off of an inspection's finding (督查组确认)",
        refuse: "Refuse to confirm an inspection's finding: back to rectifying, with a reason",
        reopen: 'Reopen a closed item, with a reason (重新整改)',
      },
    }),
  }),
});
