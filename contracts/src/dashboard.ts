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
    /**
     * The unit view: one unit's records, as each list's own `unitId` filter keeps them (the drill
     * carries it). A unit outside the caller's dashboard scope is not found (404).
     */
    unitId: idSchema.optional(),
  })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const dashboardSummarySchema = z
  .object({
    campaignId: idSchema,
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    /** The unit of the unit view, its place in the tree (ancestors from the top); null: the caller's whole scope. */
    unit: z
      .object({
        id: idSchema,
        name: z.string(),
        ancestors: z.array(z.object({ id: idSchema, name: z.string() })),
      })
      .nullable(),
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
  'publicReports.bySatisfaction',
  'determinations.byLiability',
  'determinations.byForm',
]);

/**
 * What the heat table (sibling units × the campaign's domains) can count: each is registered by
 * the module owning the records and shown only to a caller who may read them.
 */
export const HEAT_MEASURES = ['supervision.overdue', 'rectification.open', 'leads.received'] as const;
export const heatMeasureSchema = z.enum(HEAT_MEASURES);
export type HeatMeasure = z.infer<typeof heatMeasureSchema>;

export const dashboardHeatQuerySchema = z
  .object({
    campaignId: idSchema,
    /** The rows are this unit's children; absent: the children of the caller's top unit. */
    parentUnitId: idSchema.optional(),
    /** Absent: the first measure the caller may read. */
    measure: heatMeasureSchema.optional(),
    /** The period (inclusive), for the measures that count events (leads received). */
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .strict();
export type DashboardHeatQuery = z.infer<typeof dashboardHeatQuerySchema>;

/** A cell: a unit's records of one domain (or, with `domainId` null, of all domains: the row's total). */
export const heatCellSchema = z.object({
  unitId: idSchema,
  domainId: idSchema.nullable(),
  value: z.number().int(),
  drill: figureDrillSchema,
});
export type HeatCell = z.infer<typeof heatCellSchema>;

export const dashboardHeatSchema = z
  .object({
    campaignId: idSchema,
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    parent: z.object({ id: idSchema, name: z.string() }),
    /** The measure counted, and those the caller may choose (its permissions). */
    measure: heatMeasureSchema,
    measures: z.array(heatMeasureSchema),
    /**
     * What a row counts, as the measure's list filters by unit: the unit's own records (`exact`,
     * the supervision items) or those of the unit and the units below it (`subtree`, the ledger, leads).
     */
    unitFilter: z.enum(['exact', 'subtree']),
    /** The rows: the parent's children in the caller's scope, in the tree's order. */
    units: z.array(z.object({ id: idSchema, name: z.string(), hasChildren: z.boolean() })),
    /** The columns: the campaign's domains. */
    domains: z.array(z.object({ id: idSchema, title: z.string() })),
    /** Every unit × domain, and each unit's total (`domainId` null). */
    cells: z.array(heatCellSchema),
  })
  .meta({ id: 'DashboardHeat' });
export type DashboardHeat = z.infer<typeof dashboardHeatSchema>;

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
    // The same view, taken away as a .docx briefing: the campaign, the period, the groups it holds
    // and what they were compared with.
    auditEvent('dashboard.exported', 'dashboard', {
      after: z
        .object({
          campaignId: auditField.id,
          from: auditField.date,
          to: auditField.date,
          unitId: auditField.id,
          groups: auditField.ids,
          /** The summary each group was compared with (the period before, last year's campaign); null: none. */
          comparedWith: z
            .object({ campaignId: auditField.id, from: auditField.date, to: auditField.date })
            .strict()
            .nullable()
            .optional(),
          format: z.literal('docx'),
        })
        .strict(),
    }),
    // The heat table: campaign, parent unit, measure and period; the counts are not stored.
    viewedEvent('dashboard.heat_viewed', 'dashboard'),
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
      errors: [400, 404],
    },
    getDashboardHeat: {
      method: 'GET',
      path: '/api/dashboard/heat',
      tags: ['dashboard'],
      summary:
        "Sibling units × the campaign's domains: one measure's count per cell in the caller's scope, each with the list behind it (audited)",
      access: { permission: 'dashboard.read' },
      query: dashboardHeatQuerySchema,
      response: { 200: dashboardHeatSchema },
      errors: [400, 403, 404],
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
