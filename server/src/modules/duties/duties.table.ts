import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { unit, userAccount } from '../../platform/org/org.table';

/**
 * One entry of a unit's power list (powerItem, kind 'power') or responsibility list
 * (dutyItem, kind 'duty'): the stable identity. Its content lives in versions.
 */
export const dutyItem = pgTable(
  'duty_item',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind', { enum: ['power', 'duty'] }).notNull(),
    /** 事项编码, unique within the unit and kind. */
    code: text('code').notNull(),
    /** 主项/子项: a sub-item names its main item. */
    parentItemId: uuid('parent_item_id').references((): AnyPgColumn => dutyItem.id),
    /** Version number of the version the public sees (null until first published). */
    publishedVersion: integer('published_version'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('duty_item_code_uq').on(t.unitId, t.kind, t.code),
    index('duty_item_unit_idx').on(t.unitId),
    // The staff list pages by code (keyset on code, id).
    index('duty_item_code_idx').on(t.code, t.id),
  ],
);

/**
 * A version of an item. Workflow: draft → submitted → published, or submitted → returned →
 * (edited) → submitted. A published version is immutable; editing starts a new draft version.
 */
export const dutyItemVersion = pgTable(
  'duty_item_version',
  {
    id: idColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => dutyItem.id, { onDelete: 'cascade' }),
    /** Copied from the item for data scope filters without a join. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'published', 'superseded'] }).notNull(),
    /** 事项名称 */
    name: text('name').notNull(),
    /** 职权类别 (power items): one of the ten categories or a local one. */
    category: text('category'),
    /** 设定依据 */
    legalBasis: text('legal_basis'),
    /** 实施主体 */
    implementingBody: text('implementing_body'),
    /** 承办机构 */
    handlingOffice: text('handling_office'),
    /** 责任事项 */
    responsibilities: text('responsibilities'),
    /** 追责情形 */
    accountabilityConditions: text('accountability_conditions'),
    /** 追责依据 */
    accountabilityBasis: text('accountability_basis'),
    /** 备注 */
    remarks: text('remarks'),
    returnReason: text('return_reason'),
    /** 审核意见: the reviewer's optional opinion when approving. */
    reviewOpinion: text('review_opinion'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => userAccount.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('duty_item_version_uq').on(t.itemId, t.version),
    // At most one version in the works (draft, submitted or returned) per item.
    uniqueIndex('duty_item_version_open_uq')
      .on(t.itemId)
      .where(sql`${t.status} in ('draft', 'submitted', 'returned')`),
    index('duty_item_version_unit_status_idx').on(t.unitId, t.status),
  ],
);
