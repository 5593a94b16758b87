import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../../db/columns';
import { userAccount } from '../org/org.table';

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
