import { pgTable, uuid } from 'drizzle-orm/pg-core';

/**
 * Another module's table, by name, for a foreign key only. Modules refer to each other's records
 * by id and let the database keep the reference; they never import each other's tables, and never
 * query this stub (it is not exported, so migrations see only the owner's definition).
 */
export const referencedTable = (name: string) => pgTable(name, { id: uuid('id').primaryKey() });
