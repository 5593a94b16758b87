import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { campaign, campaignDomain } from '../campaign/campaign.table';
import { person, unit, userAccount } from '../org/org.table';

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

/** 三个清单: a key task with its target (目标任务), deadline (完成时限) and responsible persons (责任人员). */
export const keyTask = pgTable(
  'key_task',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => keyTask.id),
    title: text('title').notNull(),
    target: text('target').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** Latest reported percentage (0–100); parents roll up their children's. */
    progress: integer('progress').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('key_task_unit_idx').on(t.unitId),
    index('key_task_campaign_idx').on(t.campaignId),
    index('key_task_parent_idx').on(t.parentId),
  ],
);

export const keyTaskPerson = pgTable(
  'key_task_person',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => keyTask.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.personId] })],
);

/** A progress update with its evidence files (stored_file, owner_type 'key_task_progress'). */
export const keyTaskProgress = pgTable(
  'key_task_progress',
  {
    id: idColumn(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => keyTask.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    percent: integer('percent').notNull(),
    note: text('note').notNull(),
    reportedBy: uuid('reported_by').references(() => userAccount.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('key_task_progress_task_idx').on(t.taskId)],
);

/**
 * 意见建议征集: from the public (no account) or staff, about a unit and/or domain. The unit
 * answers; the answer may be published with the suggestion, never the submitter's contact.
 */
export const suggestion = pgTable(
  'suggestion',
  {
    id: idColumn(),
    /** Given to the submitter to look up status and answer. */
    trackingCode: text('tracking_code').notNull(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** The unit that answers (the campaign's owning government when none was chosen). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    domainId: uuid('domain_id').references(() => campaignDomain.id),
    channel: text('channel', { enum: ['public', 'staff'] }).notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** Personal data, sealed (SM4 + HMAC-SM3). */
    submitterNameEnc: text('submitter_name_enc'),
    submitterContactEnc: text('submitter_contact_enc'),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    status: text('status', { enum: ['received', 'answered', 'published', 'closed'] })
      .notNull()
      .default('received'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => userAccount.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    isPublic: boolean('is_public').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('suggestion_tracking_code_uq').on(t.trackingCode),
    index('suggestion_unit_status_idx').on(t.unitId, t.status),
    index('suggestion_public_idx').on(t.isPublic, t.publishedAt),
  ],
);
