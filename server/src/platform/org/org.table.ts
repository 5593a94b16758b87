import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns';

/**
 * The unit tree. `path` is the materialised path of ids from the root, '/a/b/c/',
 * so a subtree is one indexed prefix match (data scope `unit_tree`).
 */
export const unit = pgTable(
  'unit',
  {
    id: idColumn(),
    parentId: uuid('parent_id').references((): AnyPgColumn => unit.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    code: text('code'),
    kind: text('kind', {
      enum: ['government', 'organ', 'department', 'institution', 'enterprise'],
    }).notNull(),
    level: text('level', { enum: ['city', 'county', 'township'] }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    path: text('path').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('unit_parent_idx').on(t.parentId),
    index('unit_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    uniqueIndex('unit_code_uq').on(t.code),
  ],
);

export const person = pgTable(
  'person',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    name: text('name').notNull(),
    position: text('position'),
    isLeader: boolean('is_leader').notNull().default(false),
    /** Personal data, encrypted at rest (SM4-CTR + HMAC-SM3); see platform/crypto. */
    phoneEnc: text('phone_enc'),
    emailEnc: text('email_enc'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The persons list pages by name (keyset on name, id).
  (t) => [index('person_unit_idx').on(t.unitId), index('person_name_idx').on(t.name, t.id)],
);

export const userAccount = pgTable(
  'user_account',
  {
    id: idColumn(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    locale: text('locale').notNull().default('zh-CN'),
    disabled: boolean('disabled').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Set when an administrator set the password: the user must change it before signing in. */
    passwordMustChange: boolean('password_must_change').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_account_username_uq').on(t.username),
    uniqueIndex('user_account_person_uq').on(t.personId),
  ],
);

export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    dataScope: text('data_scope', { enum: ['self_unit', 'unit_tree', 'all'] }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('role_assignment_user_idx').on(t.userId),
    index('role_assignment_unit_idx').on(t.unitId),
    check('role_assignment_scope_ck', sql`${t.dataScope} in ('self_unit','unit_tree','all')`),
  ],
);

/**
 * A role assignment requested through the API (三员分立): it takes effect — a row of
 * role_assignment — only when a security administrator approves it. Refused and withdrawn
 * requests stay as the record of what was asked.
 */
export const roleGrant = pgTable(
  'role_grant',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    dataScope: text('data_scope', { enum: ['self_unit', 'unit_tree', 'all'] }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status', { enum: ['pending', 'approved', 'refused', 'withdrawn'] }).notNull(),
    requestedBy: uuid('requested_by').references(() => userAccount.id),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    reason: text('reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('role_grant_user_idx').on(t.userId), index('role_grant_status_idx').on(t.status)],
);
