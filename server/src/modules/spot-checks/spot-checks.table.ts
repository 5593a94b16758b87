import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { person, unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

/** 检查对象名录库: a unit on an organising unit's roster of inspection targets. */
export const spotCheckRosterTarget = pgTable(
  'spot_check_roster_target',
  {
    id: idColumn(),
    /** The organising unit that keeps the roster (the record's unit for data scope). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => unit.id),
    category: text('category'),
    note: text('note'),
    /** Inactive entries stay (past draws name them) but are not drawn again. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('spot_check_roster_target_uq').on(t.unitId, t.targetUnitId)],
);

/** 执法检查人员名录库: a person on an organising unit's roster of inspectors, with their conflicts. */
export const spotCheckInspector = pgTable(
  'spot_check_inspector',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    certificateNo: text('certificate_no'),
    /** Units the inspector must avoid besides their own (回避), with the reason. */
    conflicts: jsonb('conflicts').$type<{ unitId: string; reason: string }[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('spot_check_inspector_uq').on(t.unitId, t.personId)],
);

/** 随机抽查事项清单: what an organising unit's spot checks examine. */
export const spotCheckItem = pgTable(
  'spot_check_item',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    basis: text('basis'),
    method: text('method'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('spot_check_item_code_uq').on(t.unitId, t.code)],
);

/**
 * A spot-check plan of an organising unit. At commitment the draw input (the plan's parameters
 * and the active roster entries, canonical JSON) is frozen with its SHA-256; the draw stores the
 * public value, the seed and every random number it used.
 */
export const spotCheckPlan = pgTable(
  'spot_check_plan',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** 抽-2026-0001: numbered per campaign. */
    code: text('code').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    title: text('title').notNull(),
    description: text('description'),
    kind: text('kind', { enum: ['general', 'key'] }).notNull(),
    targetCount: integer('target_count').notNull(),
    ratioCapPercent: integer('ratio_cap_percent'),
    inspectorsPerTarget: integer('inspectors_per_target').notNull(),
    checkItemIds: uuid('check_item_ids').array().notNull(),
    status: text('status', {
      enum: ['draft', 'committed', 'drawn', 'in_progress', 'completed', 'published'],
    }).notNull(),
    eligibleTargets: integer('eligible_targets'),
    eligibleInspectors: integer('eligible_inspectors'),
    /** The canonical JSON the commitment hashes, kept verbatim so anyone can hash it again. */
    drawInput: text('draw_input'),
    commitment: text('commitment'),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    publicValue: text('public_value'),
    publicValueSource: text('public_value_source'),
    publicValueDate: date('public_value_date', { mode: 'string' }),
    seed: text('seed'),
    algorithm: text('algorithm'),
    drawSteps:
      jsonb('draw_steps').$type<
        {
          counter: number;
          value: number;
          bound: number;
          accepted: boolean;
          kind: 'target' | 'inspector';
          targetIndex: number;
          rosterId: string | null;
        }[]
      >(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('spot_check_plan_code_uq').on(t.campaignId, t.code),
    index('spot_check_plan_unit_idx').on(t.unitId),
    index('spot_check_plan_status_idx').on(t.status, t.publishedAt),
  ],
);

/** A target the draw picked: the record of the unit inspected (its unit decides who reads it). */
export const spotCheckTarget = pgTable(
  'spot_check_target',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => spotCheckPlan.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    rosterId: uuid('roster_id')
      .notNull()
      .references(() => spotCheckRosterTarget.id),
    ordinal: integer('ordinal').notNull(),
    outcome: text('outcome', { enum: ['no_problem', 'problems_found'] }),
    resultSummary: text('result_summary'),
    checkedOn: date('checked_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('spot_check_target_plan_uq').on(t.planId, t.ordinal),
    index('spot_check_target_unit_idx').on(t.unitId),
  ],
);

/** An inspector the draw sent to a target. */
export const spotCheckAssignment = pgTable(
  'spot_check_assignment',
  {
    id: idColumn(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => spotCheckTarget.id),
    rosterId: uuid('roster_id')
      .notNull()
      .references(() => spotCheckInspector.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [
    uniqueIndex('spot_check_assignment_uq').on(t.targetId, t.personId),
    index('spot_check_assignment_person_idx').on(t.personId),
  ],
);

/** A problem an inspection found at a target; its disposition makes a ledger item or a transfer. */
export const spotCheckFinding = pgTable(
  'spot_check_finding',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => spotCheckPlan.id),
    targetId: uuid('target_id')
      .notNull()
      .references(() => spotCheckTarget.id),
    /** The unit inspected. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    problem: text('problem').notNull(),
    conduct: text('conduct', {
      enum: ['dare_not', 'cannot', 'will_not', 'misconduct', 'inaction', 'slow_action'],
    }).notNull(),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    severity: text('severity', { enum: ['minor', 'serious', 'severe'] }).notNull(),
    disposition: text('disposition', { enum: ['rectification', 'transfer'] }),
    dispositionNote: text('disposition_note'),
    /** The rectification ledger's item (module `rectification`), once it is wired in. */
    rectificationItemId: uuid('rectification_item_id'),
    disposedAt: timestamp('disposed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('spot_check_finding_target_idx').on(t.targetId),
    index('spot_check_finding_plan_idx').on(t.planId),
  ],
);

/**
 * 移交: a finding handed to the supervision department as a lead to be — the same shape as
 * supervision's `supervision_transfer` (subject, unit, status, what it says), so the
 * accountability module picks up both ('pending' → 'received').
 */
export const spotCheckTransfer = pgTable(
  'spot_check_transfer',
  {
    id: idColumn(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => spotCheckFinding.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['pending', 'received'] })
      .notNull()
      .default('pending'),
    /** The finding, its plan and target, and the text of the transfer. */
    history: jsonb('history').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('spot_check_transfer_status_idx').on(t.status),
    uniqueIndex('spot_check_transfer_finding_uq').on(t.findingId),
  ],
);
