import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';
import { unit, userAccount } from '../org/org.table';

/**
 * A notification of one account: what happened (`kind`, its message `notification.<kind>`), the
 * record it is about, and the message's parameters. The text is rendered when read, in the
 * reader's language. Parameters hold titles, unit names and dates, never a reporter's data.
 */
export const notification = pgTable(
  'notification',
  {
    id: idColumn(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    recordType: text('record_type').notNull(),
    /** Text, not uuid: some record ids are not (a calendar day is its date). */
    recordId: text('record_id').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    // The unread count and the unread list: recipient, read_at IS NULL, newest first.
    index('notification_recipient_read_idx').on(t.recipientId, t.readAt, t.id),
    // The whole inbox, newest first, without sorting a person's every notification.
    index('notification_recipient_idx').on(t.recipientId, t.id),
  ],
);

/**
 * A unit's group robot (企业微信 / 钉钉): its daily digest is posted there. The address holds the
 * robot's key, so it is encrypted at rest like personal data (platform/crypto).
 */
export const notificationWebhook = pgTable('notification_webhook', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => unit.id, { onDelete: 'cascade' }),
  urlEnc: text('url_enc').notNull(),
  updatedBy: uuid('updated_by').references(() => userAccount.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/**
 * One digest of one day to one target: a person's e-mail (`targetId` the account) or a unit's
 * robot (the unit). Claimed (`sending`) before it goes out and `sent` after, so a second run of
 * the job — or a second instance — never sends it again; a send the server or robot refused is
 * `failed`, and claimed again after a while (DIGEST_RETRY_MS).
 */
export const notificationDigest = pgTable(
  'notification_digest',
  {
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    targetId: uuid('target_id').notNull(),
    /** The Beijing date whose digest it is (its window ends at the digest hour of that day). */
    day: date('day', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['sending', 'sent', 'failed'] }).notNull(),
    count: integer('count').notNull().default(0),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.channel, t.targetId, t.day] })],
);
