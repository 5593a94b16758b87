import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

/**
 * 整改台账: one problem of a unit to rectify, with its measures, responsible person and deadline.
 * `sourceId` names a record of another module (a finding, a supervision item, a suggestion) and
 * has no foreign key: the ledger does not depend on those modules' tables.
 */
export const rectificationItem = pgTable(
  'rectification_item',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    source: text('source', {
      enum: ['self_inspection', 'inspection_finding', 'supervision_item', 'suggestion'],
    }).notNull(),
    sourceId: uuid('source_id'),
    sourceLabel: text('source_label'),
    problem: text('problem').notNull(),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    conduct: text('conduct', {
      enum: ['dare_not', 'cannot', 'will_not', 'misconduct', 'inaction', 'slow_action'],
    }),
    measures: text('measures'),
    responsiblePerson: text('responsible_person'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** A deadline given as N working days after a date keeps both, so calendar changes recompute it. */
    dueBasisFrom: date('due_basis_from', { mode: 'string' }),
    dueBasisDays: integer('due_basis_days'),
    status: text('status', {
      enum: ['pending', 'rectifying', 'completion_claimed', 'signed_off', 'confirmed'],
    }).notNull(),
    /** 完成情况: what was done, as the unit claimed it. */
    completion: text('completion'),
    /** When it was closed (销号: signed off, or confirmed for an inspection's finding); null while not. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A few units' ledgers walk each unit's items in the list's order (paging.ts pageIdsUnitByUnit).
    // INCLUDE (the columns the dashboard counts) is added by migration 0027, which drizzle cannot express.
    index('rectification_item_unit_due_idx').on(t.unitId, t.dueDate, t.id),
    // The ledger pages by due date; the workbench counts items by status.
    index('rectification_item_due_idx').on(t.dueDate, t.id),
    index('rectification_item_status_due_idx').on(t.status, t.dueDate),
    index('rectification_item_source_idx').on(t.sourceId),
  ],
);

/**
 * The ledger counted by campaign, status and due date (platform/tallies.ts): the city's dashboard
 * reads its ledger figures here instead of counting 200,000 items. Kept by the database (migration
 * 0029's triggers); columns named as the item's, so the list's conditions read them unchanged.
 */
export const rectificationItemTally = pgTable(
  'rectification_item_tally',
  {
    campaignId: uuid('campaign_id').notNull(),
    status: text('status').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [index('rectification_item_tally_idx').on(t.campaignId)],
);
