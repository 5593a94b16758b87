import { z } from 'zod';
import { auditEvent, auditField, viewedEvent } from './core/audit';
import { dateSchema, idSchema } from './core/common';
import { binaryResponse, defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';
import { DOCX_MEDIA_TYPE } from './monthly-reports';

/**
 * 领导驾驶舱 — the leader and office dashboard: the figures of a campaign in the caller's scope,
 * each counted by the module that owns its records and each carrying the list that holds exactly
 * the records it counts (drill-down), so a figure and its list can never disagree.
 */

/** The list behind a figure: a list route's operation id and the query that lists exactly what was counted. */
export const figureDrillSchema = z.object({
  operationId: z.string(),
  query: z.record(z.string(), z.string()),
});
export type FigureDrill = z.infer<typeof figureDrillSchema>;

export const dashboardFigureSchema = z
  .object({
    /** `<group>.<name>` (e.g. `leads.source.media_exposure`); the web labels it from its catalogue. */
    key: z.string(),
    /** A name the catalogue cannot know (a campaign domain's), else null. */
    label: z.string().nullable(),
    value: z.number().int(),
    drill: figureDrillSchema,
  })
  .meta({ id: 'DashboardFigure' });
export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;

/** A rate (办结销号率, 按期办结率): numerator over denominator, each with its own list. */
export const dashboardRateSchema = z.object({
  key: z.string(),
  numerator: dashboardFigureSchema,
  denominator: dashboardFigureSchema,
});
export type DashboardRate = z.infer<typeof dashboardRateSchema>;

/**
 * What a group's figures are. `counts` (the default, absent): each value is the total of the list
 * it drills down to. `ranking`: each value is a rank (1 the best; equal scores share one), the
 * figure's label names who holds it, and the drill-down opens the page showing the whole ranking —
 * a position in an order, not a count, so it is no list's total.
 */
export const DASHBOARD_GROUP_KINDS = ['counts', 'ranking'] as const;

export const dashboardGroupSchema = z.object({
  /** `leads.bySource`, `supervision.byColour`…: one chart or one row of numbers. */
  key: z.string(),
  kind: z.enum(DASHBOARD_GROUP_KINDS).optional(),
  /** A name the catalogue cannot know (an evaluation category's); absent otherwise. */
  label: z.string().optional(),
  figures: z.array(dashboardFigureSchema),
  rates: z.array(dashboardRateSchema),
});
export type DashboardGroup = z.infer<typeof dashboardGroupSchema>;

export const dashboardQuerySchema = z
  .object({
    campaignId: idSchema,
    /** The period (inclusive): records received or opened on these days; both open when absent. */
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const dashboardSummarySchema = z
  .object({
    campaignId: idSchema,
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    /** Only the groups whose records the caller may read. */
    groups: z.array(dashboardGroupSchema),
  })
  .meta({ id: 'DashboardSummary' });
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

/**
 * The groups drawn as bar charts (one bar per figure); the others are numbers and rates. The page
 * and the .docx briefing draw the same ones.
 */
export const DASHBOARD_CHART_GROUPS: ReadonlySet<string> = new Set([
  'leads.bySource',
  'leads.byConduct',
  'leads.byDisposal',
  'leads.byDomain',
  'leads.byMonth',
  'supervision.byColour',
  'keyTasks.byDomain',
]);

export const dashboardContract = defineModuleContract({
  name: 'dashboard',
  permissions: ['dashboard.read'],
  grants: {
    leader: ['dashboard.read'],
    campaign_admin: ['dashboard.read'],
    supervisor: ['dashboard.read'],
  },
  records: {},
  auditEvents: [
    // Who looked at which campaign's figures over which period: the figures themselves are not stored.
    viewedEvent('dashboard.viewed', 'dashboard'),
    // The same view, taken away as a .docx briefing: the campaign, the period and the groups it holds.
    auditEvent('dashboard.exported', 'dashboard', {
      after: z
        .object({
          campaignId: auditField.id,
          from: auditField.date,
          to: auditField.date,
          groups: auditField.ids,
          format: z.literal('docx'),
        })
        .strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    getDashboardSummary: {
      method: 'GET',
      path: '/api/dashboard/summary',
      tags: ['dashboard'],
      summary:
        "A campaign's figures in the caller's scope (leads, supervision items, the rectification ledger), each with the list behind it (audited)",
      access: { permission: 'dashboard.read' },
      query: dashboardQuerySchema,
      response: { 200: dashboardSummarySchema },
      errors: [400],
    },
    exportDashboardBriefing: {
      method: 'GET',
      path: '/api/dashboard/briefing.docx',
      tags: ['dashboard'],
      summary:
        "The dashboard's figures as a .docx briefing in the official document layout, one section per group with its sentence and chart, in the caller's language (audited)",
      access: { permission: 'dashboard.read' },
      query: dashboardQuerySchema,
      response: { 200: binaryResponse(DOCX_MEDIA_TYPE, 'A Word document') },
      errors: [400, 404],
    },
  }),
});
