import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { referencedTable } from '../../db/references';
import { unit, userAccount } from '../../platform/org/org.table';

const campaign = referencedTable('campaign');
const campaignDomain = referencedTable('campaign_domain');

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

/** 立行立改: one thing the unit did about a suggestion, after answering it. */
export const suggestionAction = pgTable(
  'suggestion_action',
  {
    id: idColumn(),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestion.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: createdAt(),
  },
  (t) => [index('suggestion_action_suggestion_idx').on(t.suggestionId, t.id)],
);
