import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { unit } from '../../platform/org/org.table';

/** 问责年活动: one per owning government and year; the template values are its settings. */
export const campaign = pgTable(
  'campaign',
  {
    id: idColumn(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    /** The owning government; also the unit the campaign belongs to for data scope. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['draft', 'active', 'closed'] })
      .notNull()
      .default('draft'),
    /** 每月X日前: monthly reports are due before this day of the month (1–28). */
    reportDay: integer('report_day').notNull().default(5),
    /** Later settings (escalation thresholds, …) without a migration each. */
    settings: jsonb('settings').notNull().default({}),
    clonedFromId: uuid('cloned_from_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('campaign_unit_idx').on(t.unitId),
    uniqueIndex('campaign_one_active_uq').on(t.unitId).where(sql`${t.status} = 'active'`),
  ],
);

/** The four phases with their date ranges: contiguous, in order. */
export const campaignPhase = pgTable(
  'campaign_phase',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: ['mobilization', 'self_inspection', 'inspection', 'summary'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.phase] })],
);

/** 重点领域: the ten of the source document by default; local ones (自选动作) may be added. */
export const campaignDomain = pgTable(
  'campaign_domain',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id, { onDelete: 'cascade' }),
    /** Stable key of a standard domain (e.g. 'poverty_alleviation'); null for a local one. */
    code: text('code'),
    sortOrder: integer('sort_order').notNull().default(0),
    title: text('title').notNull(),
    description: text('description'),
    focusProblems: text('focus_problems'),
    isLocal: boolean('is_local').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('campaign_domain_campaign_idx').on(t.campaignId)],
);

/** Lead department(s) and participating units of a domain. */
export const campaignDomainUnit = pgTable(
  'campaign_domain_unit',
  {
    domainId: uuid('domain_id')
      .notNull()
      .references(() => campaignDomain.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    role: text('role', { enum: ['lead', 'participant'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.domainId, t.unitId] }),
    index('campaign_domain_unit_unit_idx').on(t.unitId),
  ],
);
