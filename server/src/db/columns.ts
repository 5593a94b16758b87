import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';

/** UUIDv7 primary key, generated in the application so ids sort by creation time. */
export const idColumn = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export { uuidv7 as newId };

/**
 * `column` is one of `ids` (uuids), as one array parameter: `inArray` binds a parameter per id, and
 * a list of a province's records (a job's pass over hundreds of thousands) exceeds both the
 * protocol's 65,535 parameters and the stack drizzle builds the list on.
 */
export function idIn(column: AnyColumn | SQL, ids: Iterable<string>): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}
