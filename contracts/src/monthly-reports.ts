import { z } from 'zod';
import { auditEvent, auditField, createdEvent, transitionEvent, updatedEvent } from './core/audit';
import { dateSchema, idParamsSchema, idSchema, pageOf, pageQuery, text } from './core/common';
import { binaryResponse, defineRoutes, XLSX_MEDIA_TYPE } from './core/http';
import { defineModuleContract } from './core/module';
import { defineWorkflow, workflowRoutes } from './core/workflow';

/**
 * 月报 — monthly reports: before the campaign's report day of each month (每月X日前), each key
 * domain's lead department and each supervision department reports last month's work and
 * accountability figures. Zeren pre-fills the figures from its own records (填表报数最多报一次),
 * the unit adds its narrative, its leader approves, and the approval submits a frozen snapshot.
 */

// ---------------------------------------------------------------- the lifecycle

export const MONTHLY_REPORT_STATUSES = [
  'draft', // 填报中
  'awaiting_approval', // 待审核
  'returned', // 退回修改
  'submitted', // 已报送
] as const;
export const monthlyReportStatusSchema = z.enum(MONTHLY_REPORT_STATUSES);
export type MonthlyReportStatus = z.infer<typeof monthlyReportStatusSchema>;

export const MONTHLY_REPORT_WORKFLOW = defineWorkflow({
  recordType: 'monthly_report',
  states: MONTHLY_REPORT_STATUSES,
  actions: {
    /** 提交审核: the clerk hands the report to the unit's leader. */
    submit: {
      from: ['draft', 'returned'],
      to: 'awaiting_approval',
      permission: 'monthlyReport.fill',
      audit: 'monthly_report.submitted',
    },
    /** 审核报送: the leader approves; the figures and narrative are frozen and reach the office. */
    approve: {
      from: ['awaiting_approval'],
      to: 'submitted',
      permission: 'monthlyReport.approve',
      audit: 'monthly_report.approved',
      input: { field: 'opinion', required: false },
    },
    /** 退回修改, with the reason. */
    return: {
      from: ['awaiting_approval'],
      to: 'returned',
      permission: 'monthlyReport.approve',
      audit: 'monthly_report.returned',
      input: { field: 'reason', required: true },
    },
  },
});
export type MonthlyReportAction = keyof typeof MONTHLY_REPORT_WORKFLOW.actions;

/**
 * Why a unit owes the report: it leads a key domain (its figures cover its own unit and the units
 * under it), or it is a supervision department (its figures cover the whole campaign).
 */
export const MONTHLY_REPORT_ROLES = ['domain_lead', 'supervision'] as const;
export const monthlyReportRoleSchema = z.enum(MONTHLY_REPORT_ROLES);
export type MonthlyReportRole = z.infer<typeof monthlyReportRoleSchema>;

/** Where a unit stands for one month, as the office's overview shows it. */
export const MONTHLY_REPORT_PROGRESS = [
  'not_started',
  'draft',
  'awaiting_approval',
  'returned',
  'submitted',
  'submitted_late',
] as const;
export const monthlyReportProgressSchema = z.enum(MONTHLY_REPORT_PROGRESS);
export type MonthlyReportProgress = z.infer<typeof monthlyReportProgressSchema>;

/** A month, YYYY-MM. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ id: 'Month' });

// ---------------------------------------------------------------- settings

export const monthlyReportSettingsSchema = z
  .object({
    campaignId: idSchema,
    /** 每月X日: the campaign's report day (changed with the campaign); a non-working day moves to the next working day. */
    reportDay: z.number().int(),
    /** The first reminder goes out this many working days before the due date (0: on the due date). */
    remindBeforeWorkingDays: z.number().int().min(0).max(10),
    /** The second, to units that have not submitted, this many working days after it. */
    remindAfterWorkingDays: z.number().int().min(1).max(20),
    /** Supervision departments (监察部门, 督查室) that owe a report beside the domains' lead departments. */
    supervisionUnits: z.array(z.object({ id: idSchema, name: z.string() })),
  })
  .meta({ id: 'MonthlyReportSettings' });
export type MonthlyReportSettings = z.infer<typeof monthlyReportSettingsSchema>;

export const DEFAULT_MONTHLY_REPORT_SETTINGS = {
  remindBeforeWorkingDays: 2,
  remindAfterWorkingDays: 1,
} as const;

export const updateMonthlyReportSettingsSchema = z
  .object({
    remindBeforeWorkingDays: monthlyReportSettingsSchema.shape.remindBeforeWorkingDays,
    remindAfterWorkingDays: monthlyReportSettingsSchema.shape.remindAfterWorkingDays,
    supervisionUnitIds: z.array(idSchema).max(50),
  })
  .partial()
  .strict();
export type UpdateMonthlyReportSettingsInput = z.infer<typeof updateMonthlyReportSettingsSchema>;

// ---------------------------------------------------------------- the report

/** One pre-filled figure: a count taken from the records of another module, with the list that holds them. */
export const monthlyFigureSchema = z
  .object({
    /** e.g. 'supervision.opened': `<module>.<figure>`. */
    key: z.string(),
    /** The group it is shown under (a module), and both labels in the caller's language. */
    group: z.string(),
    groupLabel: z.string(),
    label: z.string(),
    value: z.number().int().min(0),
    /** The list of the records it counts, when one exists: an operation and its query. */
    link: z
      .object({
        operationId: z.string(),
        query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      })
      .nullable(),
  })
  .meta({ id: 'MonthlyFigure' });
export type MonthlyFigure = z.infer<typeof monthlyFigureSchema>;

export const monthlyReportSchema = z
  .object({
    id: idSchema,
    campaignId: idSchema,
    month: monthSchema,
    unitId: idSchema,
    unitName: z.string(),
    role: monthlyReportRoleSchema,
    status: monthlyReportStatusSchema,
    /** Day X of the next month, moved to the next working day (遇节假日顺延). */
    dueDate: dateSchema,
    /** The due date lies in a year whose holiday schedule is not entered yet (暂定). */
    dueDateProvisional: z.boolean(),
    narrative: z.string(),
    /** When the leader's approval submitted it. */
    submittedAt: z.string().nullable(),
    /** Submitted after its due date (or, not submitted, past it). */
    late: z.boolean(),
    /** The reason of the last return, while it is returned. */
    returnReason: z.string().nullable(),
    /** Reminders sent (by the schedule and by the office). */
    reminders: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MonthlyReport' });
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

export const monthlyReportDetailSchema = z
  .object({
    report: monthlyReportSchema,
    /** Live figures while the report is open; the frozen snapshot once it is submitted. */
    figures: z.array(monthlyFigureSchema),
    /** True when the figures are the snapshot frozen at submission. */
    frozen: z.boolean(),
    /** What the figures count: the reporting unit and the units under it, or the whole campaign. */
    coverage: z.object({ unitId: idSchema, unitName: z.string() }),
  })
  .meta({ id: 'MonthlyReportDetail' });
export type MonthlyReportDetail = z.infer<typeof monthlyReportDetailSchema>;

export const updateMonthlyReportSchema = z.object({ narrative: text().trim().max(8000) }).strict();
export type UpdateMonthlyReportInput = z.infer<typeof updateMonthlyReportSchema>;

export const monthlyReportListQuerySchema = z
  .object({
    campaignId: idSchema.optional(),
    month: monthSchema.optional(),
    /** Months from … to … (inclusive): the months a dashboard period covers. */
    monthFrom: monthSchema.optional(),
    monthTo: monthSchema.optional(),
    unitId: idSchema.optional(),
    status: monthlyReportStatusSchema.optional(),
    /** Submitted (approved) reports judged on time or late against their due date. */
    submitted: z.enum(['on_time', 'late']).optional(),
    /** Not submitted, and the due date has passed (报送逾期). */
    overdue: z.enum(['true']).optional(),
    /** Only reports the caller's units still owe (draft or returned, in its fill scope). */
    owed: z.enum(['true']).optional(),
    /** Only reports waiting for the caller's approval. */
    toApprove: z.enum(['true']).optional(),
    ...pageQuery,
  })
  .strict();
export type MonthlyReportListQuery = z.infer<typeof monthlyReportListQuerySchema>;

export const monthQuerySchema = z.object({ month: monthSchema }).strict();

/** One owing unit's row of the office's overview of a month. */
export const monthlyReportOverviewRowSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  role: monthlyReportRoleSchema,
  /** Null until the report was created (by the schedule, at the start of the next month). */
  reportId: idSchema.nullable(),
  progress: monthlyReportProgressSchema,
  dueDate: dateSchema,
  submittedAt: z.string().nullable(),
  reminders: z.number().int(),
});
export type MonthlyReportOverviewRow = z.infer<typeof monthlyReportOverviewRowSchema>;

export const monthlyReportOverviewSchema = z
  .object({
    campaignId: idSchema,
    month: monthSchema,
    dueDate: dateSchema,
    dueDateProvisional: z.boolean(),
    rows: z.array(monthlyReportOverviewRowSchema),
    // One property per progress state (an object, not a record: the description names each).
    counts: z.object(
      Object.fromEntries(MONTHLY_REPORT_PROGRESS.map((p) => [p, z.number().int()])) as Record<
        MonthlyReportProgress,
        z.ZodNumber
      >,
    ),
  })
  .meta({ id: 'MonthlyReportOverview' });
export type MonthlyReportOverview = z.infer<typeof monthlyReportOverviewSchema>;

export const remindMonthlyReportSchema = z
  .object({ message: text().trim().max(500).nullish() })
  .strict()
  .nullish();
export type RemindMonthlyReportInput = z.infer<typeof remindMonthlyReportSchema>;

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---------------------------------------------------------------- the contract

const reportAuditShape = {
  campaignId: auditField.id,
  month: auditField.text,
  unitId: auditField.id,
  role: auditField.text,
  narrative: auditField.text,
};

export const monthlyReportsContract = defineModuleContract({
  name: 'monthlyReports',
  permissions: ['monthlyReport.read', 'monthlyReport.fill', 'monthlyReport.approve', 'monthlyReport.manage'],
  grants: {
    campaign_admin: ['monthlyReport.read', 'monthlyReport.manage'],
    supervisor: ['monthlyReport.read'],
    inspector: ['monthlyReport.read'],
    leader: ['monthlyReport.read'],
    unit_staff: ['monthlyReport.read', 'monthlyReport.fill'],
    unit_leader: ['monthlyReport.read', 'monthlyReport.fill', 'monthlyReport.approve'],
  },
  records: {
    monthly_report: { readPermission: 'monthlyReport.read' },
  },
  auditEvents: [
    // Made by the schedule (no actor) for each owing unit when its month ends.
    createdEvent('monthly_report.created', 'monthly_report', reportAuditShape),
    updatedEvent('monthly_report.updated', 'monthly_report', reportAuditShape),
    transitionEvent('monthly_report.submitted', 'monthly_report'),
    // The approval freezes the figures: the event names how many and the due date they were judged against.
    transitionEvent('monthly_report.approved', 'monthly_report', {
      figures: z.record(z.string(), z.number().int()),
      dueDate: auditField.date,
      late: auditField.bool,
    }),
    transitionEvent('monthly_report.returned', 'monthly_report'),
    auditEvent('monthly_report.reminded', 'monthly_report', {
      after: z
        .object({
          kind: z.enum(['before', 'after', 'manual']),
          dueDate: auditField.date,
          message: auditField.text,
        })
        .partial()
        .strict(),
    }),
    auditEvent('monthly_report.exported', 'campaign', {
      after: z
        .object({ month: z.string(), format: z.enum(['xlsx', 'docx']), count: z.number().int() })
        .strict(),
    }),
    updatedEvent('monthly_report_settings.updated', 'campaign', {
      remindBeforeWorkingDays: auditField.int,
      remindAfterWorkingDays: auditField.int,
      supervisionUnitIds: auditField.ids,
    }),
  ],
  errors: {},
  routes: defineRoutes({
    listMonthlyReports: {
      method: 'GET',
      path: '/api/monthly-reports',
      tags: ['monthly-reports'],
      summary: "Monthly reports (月报) of the units in the caller's scope, newest month first",
      access: { permission: 'monthlyReport.read' },
      query: monthlyReportListQuerySchema,
      response: { 200: pageOf(monthlyReportSchema) },
    },
    getMonthlyReport: {
      method: 'GET',
      path: '/api/monthly-reports/:id',
      tags: ['monthly-reports'],
      summary: 'One monthly report with its figures: live while open, the frozen snapshot once submitted',
      access: { permission: 'monthlyReport.read' },
      record: 'monthly_report',
      params: idParamsSchema,
      response: { 200: monthlyReportDetailSchema },
    },
    updateMonthlyReport: {
      method: 'PATCH',
      path: '/api/monthly-reports/:id',
      tags: ['monthly-reports'],
      summary: "Save the report's narrative (while it is a draft or returned)",
      access: { permission: 'monthlyReport.fill' },
      record: 'monthly_report',
      params: idParamsSchema,
      body: updateMonthlyReportSchema,
      response: { 200: monthlyReportDetailSchema },
    },
    ...workflowRoutes(MONTHLY_REPORT_WORKFLOW, {
      name: 'MonthlyReport',
      basePath: '/api/monthly-reports/:id',
      tags: ['monthly-reports'],
      response: monthlyReportDetailSchema,
      summaries: {
        submit: "Hand the report to the unit's leader for approval (提交审核)",
        approve: 'Approve and submit the report: its figures are frozen (审核报送)',
        return: 'Return the report to the clerk, with a reason (退回修改)',
      },
    }),
    remindMonthlyReport: {
      method: 'POST',
      path: '/api/monthly-reports/:id/remind',
      tags: ['monthly-reports'],
      summary: 'Remind the unit of a report it has not submitted (催报), with an optional message',
      access: { permission: 'monthlyReport.manage' },
      record: 'monthly_report',
      params: idParamsSchema,
      body: remindMonthlyReportSchema,
      response: { 200: monthlyReportSchema },
    },
    getMonthlyReportOverview: {
      method: 'GET',
      path: '/api/campaigns/:id/monthly-reports',
      tags: ['monthly-reports'],
      summary: "One month of a campaign: every owing unit in the caller's scope with its status and due date",
      access: { permission: 'monthlyReport.manage' },
      record: 'campaign',
      params: idParamsSchema,
      query: monthQuerySchema,
      response: { 200: monthlyReportOverviewSchema },
    },
    exportMonthlyReports: {
      method: 'GET',
      path: '/api/campaigns/:id/monthly-reports/export',
      tags: ['monthly-reports'],
      summary: "One month's reports as .xlsx, one row per owing unit with its figures (audited)",
      access: { permission: 'monthlyReport.manage' },
      record: 'campaign',
      params: idParamsSchema,
      query: monthQuerySchema,
      response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook') },
    },
    getMonthlyReportDigest: {
      method: 'GET',
      path: '/api/campaigns/:id/monthly-reports/digest',
      tags: ['monthly-reports'],
      summary:
        "One month's reports as a .docx digest in the official document layout (GB/T 9704-2012; audited)",
      access: { permission: 'monthlyReport.manage' },
      record: 'campaign',
      params: idParamsSchema,
      query: monthQuerySchema,
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
    },
    getMonthlyReportSettings: {
      method: 'GET',
      path: '/api/campaigns/:id/monthly-report-settings',
      tags: ['monthly-reports'],
      summary: "A campaign's monthly report schedule: report day, reminders and supervision departments",
      access: { permission: 'monthlyReport.read' },
      record: 'campaign',
      params: idParamsSchema,
      response: { 200: monthlyReportSettingsSchema },
    },
    updateMonthlyReportSettings: {
      method: 'PATCH',
      path: '/api/campaigns/:id/monthly-report-settings',
      tags: ['monthly-reports'],
      summary: "Change a campaign's reminder offsets and supervision departments",
      access: { permission: 'monthlyReport.manage' },
      record: 'campaign',
      params: idParamsSchema,
      body: updateMonthlyReportSettingsSchema,
      response: { 200: monthlyReportSettingsSchema },
    },
  }),
});
