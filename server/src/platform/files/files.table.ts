import { bigint, customType, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../../db/columns';
import { unit } from '../org/org.table';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * An uploaded file (evidence, attachments). It belongs to a unit for data scope and to the
 * record it is attached to; the bytes are in file_blob so listings never load them.
 */
export const storedFile = pgTable(
  'stored_file',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** e.g. 'key_task_progress'; null while uploaded but not yet attached. */
    ownerType: text('owner_type'),
    ownerId: uuid('owner_id'),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** SM3 of the bytes, hex. */
    sm3: text('sm3').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('stored_file_owner_idx').on(t.ownerType, t.ownerId),
    index('stored_file_unit_idx').on(t.unitId),
  ],
);

export const fileBlob = pgTable('file_blob', {
  fileId: uuid('file_id')
    .primaryKey()
    .references(() => storedFile.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
});
