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
  optionalText,
  pageOf,
  pageQuery,
  queryInt,
  searchText,
  text,
} from './core/common';
import { binaryResponse, defineRoutes } from './core/http';
import { type Localized, listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';
import { DOCX_MEDIA_TYPE } from './monthly-reports';

/**
 * 述责 — report on duties. A unit's leader signs a duty statement (述责报告): how the unit performs
 * its duties in the campaign, in rich text, with its public commitments (承诺事项), each with a
 * deadline in working days and the person responsible. The campaign office approves the statement
 * (never whoever wrote it) and publishes it on the portal, where it has a stable, printable page
 * for newspapers and television; citizens comment behind a proof of work, and comments show once
 * moderated. The unit reports progress on each commitment and its fulfilment (践诺) with evidence;
 * the status — on track, due soon, overdue, fulfilled, not fulfilled — follows the clock and is
 * public, with its colour.
 */

// ---------------------------------------------------------------- the statement's lifecycle

export const DUTY_STATEMENT_STATUSES = [
  'draft', // 起草
  'submitted', // 已签发待审核
  'approved', // 审核通过（待公开）
  'published', // 已公开
] as const;
export const dutyStatementStatusSchema = z.enum(DUTY_STATEMENT_STATUSES);
export type DutyStatementStatus = z.infer<typeof dutyStatementStatusSchema>;

export const DUTY_STATEMENT_WORKFLOW = defineWorkflow({
  recordType: 'duty_statement',
  states: DUTY_STATEMENT_STATUSES,
  actions: {
    /** 签发: the unit's leader signs it and sends it to the campaign office. */
    submit: {
      from: ['draft'],
      to: 'submitted',
      permission: 'statement.sign',
      audit: 'duty_statement.submitted',
    },
    /** 退回修改, with the reason. */
    return: {
      from: ['submitted'],
      to: 'draft',
      permission: 'statement.approve',
      audit: 'duty_statement.returned',
      input: { field: 'reason', required: true },
    },
    /** 审核通过: never by anyone who wrote or signed it (STATEMENT_FOUR_EYES). */
    approve: {
      from: ['submitted'],
      to: 'approved',
      permission: 'statement.approve',
      audit: 'duty_statement.approved',
      input: { field: 'opinion', required: false },
    },
    /** 公开: on the portal, with its commitments. */
    publish: {
      from: ['approved'],
      to: 'published',
      permission: 'statement.approve',
      audit: 'duty_statement.published',
    },
    /** 撤下: off the portal (a mistake found), with the reason; published again after correction. */
    unpublish: {
      from: ['published'],
      to: 'approved',
      permission: 'statement.approve',
      audit: 'duty_statement.unpublished',
      input: { field: 'reason', required: true },
    },
  },
});
export type DutyStatementAction = keyof typeof DUTY_STATEMENT_WORKFLOW.actions;

/** Longest text accepted per field. */
export const STATEMENT_TEXT_LIMITS = {
  title: 200,
  /** The body as sanitised HTML. */
  body: 60_000,
  promise: 500,
  progress: 2_000,
  comment: 1_000,
  commenterName: 30,
} as const;

// ---------------------------------------------------------------- commitments

/** What a commitment's status is, as shown (and coloured) to staff and on the portal. */
export const COMMITMENT_STATUSES = [
  'on_track', // 正常推进 (green)
  'due_soon', // 即将到期 (amber)
  'overdue', // 已逾期 (red)
  'fulfilled', // 已践诺 (blue)
  'not_fulfilled', // 未践诺 (grey)
] as const;
export const commitmentStatusSchema = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>;

/** Due within this many working days (and not yet fulfilled): due soon. */
export const COMMITMENT_DUE_SOON_WORKING_DAYS = 5;

export const commitmentProgressSchema = z.object({
  id: idSchema,
  kind: z.enum(['progress', 'fulfilment', 'not_fulfilled']),
  text: z.string(),
  date: dateSchema,
  byName: z.string().nullable(),
  attachments: z.array(z.object({ id: idSchema, filename: z.string(), size: z.number().int() })),
});
export type CommitmentProgress = z.infer<typeof commitmentProgressSchema>;

export const commitmentSchema = z
  .object({
    id: idSchema,
    statementId: idSchema,
    campaignId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    /** 承诺内容. */
    promise: z.string(),
    domainId: idSchema.nullable(),
    domainTitle: z.string().nullable(),
    responsiblePersonId: idSchema.nullable(),
    responsiblePersonName: z.string().nullable(),
    startDate: dateSchema,
    workingDays: z.number().int(),
    dueDate: dateSchema,
    status: commitmentStatusSchema,
    /** Working days left until the due date (negative once overdue); null once decided. */
    workingDaysLeft: z.number().int().nullable(),
    fulfilledOn: dateSchema.nullable(),
    /** Progress reports, the fulfilment and a "not fulfilled" finding, oldest first. */
    progress: z.array(commitmentProgressSchema),
    statementStatus: dutyStatementStatusSchema,
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof commitmentSchema>;

const commitmentFields = {
  promise: nameText(STATEMENT_TEXT_LIMITS.promise),
  domainId: idSchema.nullable(),
  responsiblePersonId: idSchema.nullable(),
  /** The deadline, in working days from the start date. */
  workingDays: z.number().int().min(1).max(500),
  startDate: dateSchema,
};

export const createCommitmentSchema = z
  .object({
    ...commitmentFields,
    domainId: commitmentFields.domainId.default(null),
    responsiblePersonId: commitmentFields.responsiblePersonId.default(null),
    /** Default: today. */
    startDate: commitmentFields.startDate.optional(),
  })
  .strict();
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

export const updateCommitmentSchema = z.object(commitmentFields).partial().strict();
export type UpdateCommitmentInput = z.infer<typeof updateCommitmentSchema>;

export const commitmentProgressInputSchema = z
  .object({
    text: nameText(STATEMENT_TEXT_LIMITS.progress),
    fileIds: z.array(idSchema).max(20).default([]),
  })
  .strict();
export type CommitmentProgressInput = z.infer<typeof commitmentProgressInputSchema>;

export const commitmentNotFulfilledSchema = z
  .object({ reason: nameText(STATEMENT_TEXT_LIMITS.progress) })
  .strict();

export const commitmentListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema.optional(),
    statementId: idSchema.optional(),
    status: commitmentStatusSchema.optional(),
    /** Commitments of published statements due soon or overdue (what the unit must act on). */
    due: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type CommitmentListQuery = z.infer<typeof commitmentListQuerySchema>;

// ---------------------------------------------------------------- the statement

export const dutyStatementSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    status: dutyStatementStatusSchema,
    title: z.string(),
    /** Sanitised HTML: paragraphs, headings, lists, emphasis, tables; nothing that runs. */
    body: z.string(),
    attachments: z.array(z.object({ id: idSchema, filename: z.string(), size: z.number().int() })),
    /** Who signed it (签发): the unit leader who submitted it. */
    signedByName: z.string().nullable(),
    signedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
    /** The caller wrote, edited or signed it: the caller may not approve it (四眼原则). */
    authoredByYou: z.boolean(),
    commitmentCount: z.number().int(),
    /** Public comments waiting for moderation. */
    pendingComments: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    approvedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'DutyStatement' });
export type DutyStatement = z.infer<typeof dutyStatementSchema>;

const statementFields = {
  title: nameText(STATEMENT_TEXT_LIMITS.title),
  body: text().max(STATEMENT_TEXT_LIMITS.body),
  fileIds: z.array(idSchema).max(20),
};

export const createDutyStatementSchema = z
  .object({
    /** Default: the campaign the unit works under. */
    campaignId: idSchema.optional(),
    unitId: idSchema,
    ...statementFields,
    body: statementFields.body.default(''),
    fileIds: statementFields.fileIds.default([]),
  })
  .strict();
export type CreateDutyStatementInput = z.infer<typeof createDutyStatementSchema>;

export const updateDutyStatementSchema = z.object(statementFields).partial().strict();
export type UpdateDutyStatementInput = z.infer<typeof updateDutyStatementSchema>;

export const dutyStatementListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    unitId: idSchema.optional(),
    status: dutyStatementStatusSchema.optional(),
    /** Submitted statements the caller may approve: in its scope and not written by it. */
    toApprove: z.enum(['true']).optional(),
    /** Statements with public comments waiting for moderation. */
    toModerate: z.enum(['true']).optional(),
    /** In the title. */
    q: searchText(),
    ...pageQuery,
  })
  .strict();
export type DutyStatementListQuery = z.infer<typeof dutyStatementListQuerySchema>;

// ---------------------------------------------------------------- public comments

export const STATEMENT_COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const statementCommentStatusSchema = z.enum(STATEMENT_COMMENT_STATUSES);
export type StatementCommentStatus = z.infer<typeof statementCommentStatusSchema>;

export const statementCommentSchema = z
  .object({
    id: idSchema,
    statementId: idSchema,
    /** As the commenter signed it (e.g. 一位市民); never an address or contact. */
    displayName: z.string(),
    body: z.string(),
    status: statementCommentStatusSchema,
    createdAt: z.string(),
    moderatedAt: z.string().nullable(),
    moderatedByName: z.string().nullable(),
  })
  .meta({ id: 'StatementComment' });
export type StatementComment = z.infer<typeof statementCommentSchema>;

export const moderateStatementCommentSchema = z.object({ decision: z.enum(['approve', 'reject']) }).strict();

export const submitStatementCommentSchema = z
  .object({
    body: nameText(STATEMENT_TEXT_LIMITS.comment),
    /** Shown with the comment; default 市民. */
    displayName: optionalText(STATEMENT_TEXT_LIMITS.commenterName),
    /** Required; a missing one is refused like an invalid one (PROOF_OF_WORK_INVALID). */
    altcha: text().min(1).max(10_000),
  })
  .strict();
export type SubmitStatementCommentInput = z.infer<typeof submitStatementCommentSchema>;

// ---------------------------------------------------------------- the portal

/** A commitment as the portal shows it: the promise, the deadline and what was done. */
export const publicCommitmentSchema = z
  .object({
    id: idSchema,
    statementId: idSchema,
    unitName: z.string(),
    promise: z.string(),
    domainTitle: z.string().nullable(),
    responsiblePersonName: z.string().nullable(),
    dueDate: dateSchema,
    status: commitmentStatusSchema,
    fulfilledOn: dateSchema.nullable(),
    progress: z.array(
      z.object({ kind: commitmentProgressSchema.shape.kind, text: z.string(), date: dateSchema }),
    ),
  })
  .meta({ id: 'PublicCommitment' });
export type PublicCommitment = z.infer<typeof publicCommitmentSchema>;

export const publicDutyStatementSummarySchema = z
  .object({
    id: idSchema,
    unitName: z.string(),
    title: z.string(),
    signedByName: z.string().nullable(),
    publishedAt: z.string(),
    /** Commitments per status. */
    commitments: z.record(commitmentStatusSchema, z.number().int()),
  })
  .meta({ id: 'PublicDutyStatementSummary' });
export type PublicDutyStatementSummary = z.infer<typeof publicDutyStatementSummarySchema>;

export const publicDutyStatementSchema = z
  .object({
    id: idSchema,
    unitName: z.string(),
    title: z.string(),
    body: z.string(),
    signedByName: z.string().nullable(),
    publishedAt: z.string(),
    commitments: z.array(publicCommitmentSchema),
    comments: z.array(
      z.object({ id: idSchema, displayName: z.string(), body: z.string(), createdAt: z.string() }),
    ),
  })
  .meta({ id: 'PublicDutyStatement' });
export type PublicDutyStatement = z.infer<typeof publicDutyStatementSchema>;

export const publicStatementQuerySchema = z
  .object({
    unitId: idSchema.optional(),
    limit: queryInt({ min: 1, max: 100 }).default(20),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();
export type PublicStatementQuery = z.infer<typeof publicStatementQuerySchema>;

export const publicCommitmentQuerySchema = z
  .object({
    status: commitmentStatusSchema.optional(),
    limit: queryInt({ min: 1, max: 100 }).default(50),
    offset: queryInt({ min: 0, max: 100_000 }).default(0),
  })
  .strict();
export type PublicCommitmentQuery = z.infer<typeof publicCommitmentQuerySchema>;

// ---------------------------------------------------------------- the contract

const statementAuditShape = {
  campaignId: auditField.id,
  unitId: auditField.id,
  title: auditField.text,
  /** The body's length, not its text (it can be long; the statement keeps it). */
  bodyLength: auditField.int,
  fileIds: auditField.ids,
};
const commitmentAuditShape = {
  statementId: auditField.id,
  promise: auditField.text,
  domainId: auditField.id,
  responsiblePersonId: auditField.id,
  startDate: auditField.date,
  workingDays: auditField.int,
  dueDate: auditField.date,
};
const progressShape = z
  .object({ kind: z.string(), text: auditField.text, date: auditField.date, fileIds: auditField.ids })
  .strict();

const READ = 'statement.read';
const DRAFT = 'statement.draft';
const APPROVE = 'statement.approve';

const listDutyStatementsRoute = {
  method: 'GET',
  path: '/api/duty-statements',
  tags: ['statements'],
  summary: "Duty statements (述责报告) of the units in the caller's scope, newest first",
  access: { permission: READ },
  query: dutyStatementListQuerySchema,
  response: { 200: pageOf(dutyStatementSchema) },
} as const;

const listCommitmentsRoute = {
  method: 'GET',
  path: '/api/commitments',
  tags: ['statements'],
  summary: "Commitments (承诺事项) of the units in the caller's scope, soonest due first",
  access: { permission: READ },
  query: commitmentListQuerySchema,
  response: { 200: pageOf(commitmentSchema) },
} as const;

const STATEMENT_STATUS_LABELS: Record<DutyStatementStatus, Localized> = {
  draft: { 'zh-CN': '起草中', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '已签发待审核', 'en-US': 'Signed, awaiting approval' },
  approved: { 'zh-CN': '审核通过', 'en-US': 'Approved' },
  published: { 'zh-CN': '已公开', 'en-US': 'Published' },
};
export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, Localized> = {
  on_track: { 'zh-CN': '正常推进', 'en-US': 'On track' },
  due_soon: { 'zh-CN': '即将到期', 'en-US': 'Due soon' },
  overdue: { 'zh-CN': '已逾期', 'en-US': 'Overdue' },
  fulfilled: { 'zh-CN': '已践诺', 'en-US': 'Fulfilled' },
  not_fulfilled: { 'zh-CN': '未践诺', 'en-US': 'Not fulfilled' },
};

/** 述责报告登记表: one row per statement, as the list shows it (the body is read on its page). */
const dutyStatementExport = {
  recordType: 'duty_statement',
  title: { 'zh-CN': '述责报告登记表', 'en-US': 'Duty statements' },
  fileName: { 'zh-CN': '述责报告登记表', 'en-US': 'duty-statements' },
  columns: [
    { header: { 'zh-CN': '单位', 'en-US': 'Unit' }, value: (d) => d.unitName, width: 22 },
    { header: { 'zh-CN': '标题', 'en-US': 'Title' }, value: (d) => d.title, width: 40 },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (d) => d.status,
      format: { labels: STATEMENT_STATUS_LABELS },
      width: 14,
    },
    { header: { 'zh-CN': '签发人', 'en-US': 'Signed by' }, value: (d) => d.signedByName, width: 10 },
    {
      header: { 'zh-CN': '签发时间', 'en-US': 'Signed at' },
      value: (d) => d.signedAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '承诺事项数', 'en-US': 'Commitments' },
      value: (d) => d.commitmentCount,
      format: 'number',
      width: 10,
    },
    {
      header: { 'zh-CN': '公开时间', 'en-US': 'Published at' },
      value: (d) => d.publishedAt,
      format: 'datetime',
      width: 18,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listDutyStatements', typeof listDutyStatementsRoute>>[2];

/** 承诺事项践诺台账: the promise, who answers for it, its deadline and where it stands. */
const commitmentExport = {
  recordType: 'commitment',
  title: { 'zh-CN': '承诺事项践诺台账', 'en-US': 'Commitments' },
  fileName: { 'zh-CN': '承诺事项践诺台账', 'en-US': 'commitments' },
  columns: [
    { header: { 'zh-CN': '单位', 'en-US': 'Unit' }, value: (c) => c.unitName, width: 22 },
    { header: { 'zh-CN': '承诺内容', 'en-US': 'Promise' }, value: (c) => c.promise, width: 50 },
    { header: { 'zh-CN': '所属领域', 'en-US': 'Domain' }, value: (c) => c.domainTitle, width: 18 },
    {
      header: { 'zh-CN': '责任人', 'en-US': 'Responsible' },
      value: (c) => c.responsiblePersonName,
      width: 10,
    },
    {
      header: { 'zh-CN': '开始日期', 'en-US': 'Start' },
      value: (c) => c.startDate,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '完成时限', 'en-US': 'Due date' },
      value: (c) => c.dueDate,
      format: 'date',
      width: 12,
    },
    {
      header: { 'zh-CN': '状态', 'en-US': 'Status' },
      value: (c) => c.status,
      format: { labels: COMMITMENT_STATUS_LABELS },
      width: 10,
    },
    {
      header: { 'zh-CN': '践诺日期', 'en-US': 'Fulfilled on' },
      value: (c) => c.fulfilledOn,
      format: 'date',
      width: 12,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listCommitments', typeof listCommitmentsRoute>>[2];

export const statementsContract = defineModuleContract({
  name: 'statements',
  permissions: ['statement.read', 'statement.draft', 'statement.sign', 'statement.approve'],
  grants: {
    campaign_admin: [READ, APPROVE],
    supervisor: [READ, APPROVE],
    leader: [READ],
    inspector: [READ],
    unit_staff: [READ, DRAFT],
    unit_leader: [READ, DRAFT, 'statement.sign'],
  },
  records: {
    duty_statement: { readPermission: READ },
    commitment: { readPermission: READ },
    statement_comment: { readPermission: READ },
  },
  auditEvents: [
    createdEvent('duty_statement.created', 'duty_statement', statementAuditShape),
    listExportedEvent('duty_statement'),
    listExportedEvent('commitment'),
    updatedEvent('duty_statement.updated', 'duty_statement', statementAuditShape),
    deletedEvent('duty_statement.deleted', 'duty_statement', statementAuditShape),
    transitionEvent('duty_statement.submitted', 'duty_statement'),
    transitionEvent('duty_statement.returned', 'duty_statement'),
    transitionEvent('duty_statement.approved', 'duty_statement'),
    transitionEvent('duty_statement.published', 'duty_statement'),
    transitionEvent('duty_statement.unpublished', 'duty_statement'),
    auditEvent('duty_statement.downloaded', 'duty_statement', {
      after: z.object({ format: z.literal('docx'), status: auditField.text }).strict(),
    }),
    createdEvent('commitment.created', 'commitment', commitmentAuditShape),
    updatedEvent('commitment.updated', 'commitment', commitmentAuditShape),
    deletedEvent('commitment.deleted', 'commitment', commitmentAuditShape),
    auditEvent('commitment.progress_reported', 'commitment', { after: progressShape }),
    transitionEvent('commitment.fulfilled', 'commitment', { text: auditField.text, fileIds: auditField.ids }),
    transitionEvent('commitment.not_fulfilled', 'commitment'),
    createdEvent('statement_comment.created', 'statement_comment', {
      statementId: auditField.id,
      bodyLength: auditField.int,
    }),
    transitionEvent('statement_comment.approved', 'statement_comment', { statementId: auditField.id }),
    transitionEvent('statement_comment.rejected', 'statement_comment', { statementId: auditField.id }),
  ],
  errors: { STATEMENT_FOUR_EYES: 403 },
  routes: defineRoutes({
    listDutyStatements: listDutyStatementsRoute,
    exportDutyStatements: listExportRoute('listDutyStatements', listDutyStatementsRoute, dutyStatementExport),
    createDutyStatement: {
      method: 'POST',
      path: '/api/duty-statements',
      tags: ['statements'],
      summary: 'Draft a duty statement for a unit in scope (the body is sanitised HTML)',
      access: { permission: DRAFT },
      body: createDutyStatementSchema,
      response: { 201: dutyStatementSchema },
    },
    getDutyStatement: {
      method: 'GET',
      path: '/api/duty-statements/:id',
      tags: ['statements'],
      summary: 'One duty statement',
      access: { permission: READ },
      record: 'duty_statement',
      params: idParamsSchema,
      response: { 200: dutyStatementSchema },
    },
    getDutyStatementDocx: {
      method: 'GET',
      path: '/api/duty-statements/:id/docx',
      tags: ['statements'],
      summary:
        'The statement as Word .docx in the official document layout (GB/T 9704-2012), with its public commitments (audited)',
      access: { permission: READ },
      record: 'duty_statement',
      params: idParamsSchema,
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
    updateDutyStatement: {
      method: 'PATCH',
      path: '/api/duty-statements/:id',
      tags: ['statements'],
      summary: 'Edit a draft duty statement',
      access: { permission: DRAFT },
      record: 'duty_statement',
      params: idParamsSchema,
      body: updateDutyStatementSchema,
      response: { 200: dutyStatementSchema },
    },
    deleteDutyStatement: {
      method: 'DELETE',
      path: '/api/duty-statements/:id',
      tags: ['statements'],
      summary: 'Delete a draft duty statement and its commitments',
      access: { permission: DRAFT },
      record: 'duty_statement',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    ...workflowRoutes(DUTY_STATEMENT_WORKFLOW, {
      name: 'DutyStatement',
      basePath: '/api/duty-statements/:id',
      tags: ['statements'],
      response: dutyStatementSchema,
      summaries: {
        submit: "Sign the statement and send it to the campaign office (签发; the unit leader's)",
        return: 'Return the statement to the unit, with a reason (退回修改)',
        approve: 'Approve the statement (审核通过); never by anyone who wrote or signed it',
        publish: 'Publish the approved statement and its commitments on the portal (公开)',
        unpublish: 'Take the statement off the portal, with the reason (撤下)',
      },
    }),
    listStatementComments: {
      method: 'GET',
      path: '/api/duty-statements/:id/comments',
      tags: ['statements'],
      summary: "A statement's public comments, all of them (pending first)",
      access: { permission: READ },
      record: 'duty_statement',
      params: idParamsSchema,
      response: { 200: z.object({ items: z.array(statementCommentSchema) }) },
    },
    moderateStatementComment: {
      method: 'POST',
      path: '/api/statement-comments/:id/moderate',
      tags: ['statements'],
      summary: 'Approve a public comment (it shows on the portal) or reject it',
      access: { permission: APPROVE },
      record: 'statement_comment',
      params: idParamsSchema,
      body: moderateStatementCommentSchema,
      response: { 200: statementCommentSchema },
    },
    listCommitments: listCommitmentsRoute,
    exportCommitments: listExportRoute('listCommitments', listCommitmentsRoute, commitmentExport),
    createCommitment: {
      method: 'POST',
      path: '/api/duty-statements/:id/commitments',
      tags: ['statements'],
      summary:
        'Add a commitment to a draft statement: the promise, its deadline in working days, who answers for it',
      access: { permission: DRAFT },
      record: 'duty_statement',
      params: idParamsSchema,
      body: createCommitmentSchema,
      response: { 201: commitmentSchema },
    },
    updateCommitment: {
      method: 'PATCH',
      path: '/api/commitments/:id',
      tags: ['statements'],
      summary: 'Edit a commitment of a draft statement',
      access: { permission: DRAFT },
      record: 'commitment',
      params: idParamsSchema,
      body: updateCommitmentSchema,
      response: { 200: commitmentSchema },
    },
    deleteCommitment: {
      method: 'DELETE',
      path: '/api/commitments/:id',
      tags: ['statements'],
      summary: 'Remove a commitment from a draft statement',
      access: { permission: DRAFT },
      record: 'commitment',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    reportCommitmentProgress: {
      method: 'POST',
      path: '/api/commitments/:id/progress',
      tags: ['statements'],
      summary: 'Report progress on a published commitment, with evidence',
      access: { permission: DRAFT },
      record: 'commitment',
      params: idParamsSchema,
      body: commitmentProgressInputSchema,
      response: { 200: commitmentSchema },
    },
    fulfilCommitment: {
      method: 'POST',
      path: '/api/commitments/:id/fulfil',
      tags: ['statements'],
      summary: 'Record that a published commitment was kept (践诺), with evidence',
      access: { permission: DRAFT },
      record: 'commitment',
      params: idParamsSchema,
      body: commitmentProgressInputSchema,
      response: { 200: commitmentSchema },
    },
    markCommitmentNotFulfilled: {
      method: 'POST',
      path: '/api/commitments/:id/not-fulfilled',
      tags: ['statements'],
      summary:
        'Find that a published commitment was not kept (未践诺), with the reason (the campaign office)',
      access: { permission: APPROVE },
      record: 'commitment',
      params: idParamsSchema,
      body: commitmentNotFulfilledSchema,
      response: { 200: commitmentSchema },
    },

    // ---- public portal
    listPublicDutyStatements: {
      method: 'GET',
      path: '/api/portal/duty-statements',
      tags: ['portal'],
      summary: 'Published duty statements, newest first, with their commitments counted by status',
      access: { public: true },
      query: publicStatementQuerySchema,
      response: {
        200: z.object({ items: z.array(publicDutyStatementSummarySchema), total: z.number().int() }),
      },
    },
    getPublicDutyStatement: {
      method: 'GET',
      path: '/api/portal/duty-statements/:id',
      tags: ['portal'],
      summary: 'One published duty statement: its text, commitments and approved comments',
      access: { public: true },
      params: idParamsSchema,
      errors: [404],
      response: { 200: publicDutyStatementSchema },
    },
    getPublicDutyStatementDocx: {
      method: 'GET',
      path: '/api/portal/duty-statements/:id/docx',
      tags: ['portal'],
      summary: 'One published duty statement as Word .docx (GB/T 9704-2012), for the papers and television',
      access: { public: true },
      params: idParamsSchema,
      errors: [404],
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
    submitStatementComment: {
      method: 'POST',
      path: '/api/portal/duty-statements/:id/comments',
      tags: ['portal'],
      summary: 'Comment on a published duty statement (proof of work; shown once moderated)',
      access: { public: true },
      params: idParamsSchema,
      body: submitStatementCommentSchema,
      errors: [404],
      response: { 201: z.object({ status: z.literal('pending') }) },
    },
    listPublicCommitments: {
      method: 'GET',
      path: '/api/portal/commitments',
      tags: ['portal'],
      summary: 'Commitments of published statements with their status (overdue first)',
      access: { public: true },
      query: publicCommitmentQuerySchema,
      response: { 200: z.object({ items: z.array(publicCommitmentSchema), total: z.number().int() }) },
    },
  }),
});
