import type { NoticeSection } from '@zeren/contracts';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');

/**
 * 通报: one notice of an issuing unit. `sourceIds` name records of other modules (criticisms,
 * cases) without foreign keys: notices do not depend on those modules' tables. `authorIds` are
 * everyone who drafted, edited or submitted it: none of them may approve it (四眼原则).
 */
export const notice = pgTable(
  'notice',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaign.id),
    /** The issuing unit (发文机关). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind', { enum: ['typical_cases', 'criticism', 'free_text'] }).notNull(),
    visibility: text('visibility', { enum: ['internal', 'public'] }).notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'issued'] }).notNull(),
    issuer: text('issuer').notNull(),
    /** 发文字号, its year and number: assigned on issue. */
    documentNumber: text('document_number'),
    documentYear: integer('document_year'),
    documentSeq: integer('document_seq'),
    title: text('title').notNull(),
    recipients: text('recipients').notNull(),
    body: jsonb('body').$type<NoticeSection[]>().notNull(),
    signature: text('signature').notNull(),
    /** 成文日期. */
    date: date('date', { mode: 'string' }),
    cc: jsonb('cc').$type<string[]>().notNull().default([]),
    sourceKind: text('source_kind', { enum: ['typical_cases', 'criticism'] }),
    sourceIds: jsonb('source_ids').$type<string[]>().notNull().default([]),
    sourceLabels: jsonb('source_labels').$type<string[]>().notNull().default([]),
    authorIds: jsonb('author_ids').$type<string[]>().notNull().default([]),
    returnReason: text('return_reason'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notice_document_number_uq').on(t.documentNumber),
    // A unit's numbers of a year are 1, 2, 3…: a number is given once.
    uniqueIndex('notice_unit_number_uq').on(t.unitId, t.documentYear, t.documentSeq),
    // The staff list: newest first, walked unit by unit for a few units.
    index('notice_unit_id_idx').on(t.unitId, t.id),
    index('notice_status_idx').on(t.status, t.id),
    // The portal: issued public notices, newest first.
    index('notice_public_idx').on(t.visibility, t.status, t.issuedAt),
  ],
);

/** 机关代字 of an issuing unit, when someone set it (else it is derived from the names). */
export const noticePrefix = pgTable('notice_prefix', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => unit.id),
  prefix: text('prefix').notNull(),
  updatedAt: updatedAt(),
});

/** The last number a unit gave in a year: incremented in the transaction of the issue. */
export const noticeNumber = pgTable(
  'notice_number',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);
