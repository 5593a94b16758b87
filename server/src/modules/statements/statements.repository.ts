import type { CommitmentStatus, DutyStatementStatus, PageQuery } from '@zeren/contracts';
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { countEach } from '../../platform/figures';
import { person, unit, userAccount } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, type SortKey, scopedPageRows, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { commitment, commitmentProgress, dutyStatement, statementComment } from './statements.table';

export type StatementRow = typeof dutyStatement.$inferSelect;
export type CommitmentRow = typeof commitment.$inferSelect;
export type CommentRow = typeof statementComment.$inferSelect;

// ---------------------------------------------------------------- statements

const statementColumns = {
  statement: dutyStatement,
  unitId: dutyStatement.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function statementQuery(db: DbOrTx) {
  return db.select(statementColumns).from(dutyStatement).innerJoin(unit, eq(unit.id, dutyStatement.unitId));
}
export type StatementWithUnit = Awaited<ReturnType<typeof findStatement>> & {};

/** Newest first (ids are UUIDv7). */
const STATEMENT_ORDER: SortKey<StatementWithUnit>[] = [
  { column: dutyStatement.id, direction: 'desc', type: 'uuid', of: (r) => r.statement.id },
];

const hasPendingComment = sql`exists (select 1 from ${statementComment}
  where ${statementComment.statementId} = ${dutyStatement.id} and ${statementComment.status} = 'pending')`;

export interface StatementFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  status?: DutyStatementStatus | undefined;
  q?: string | undefined;
  /** Submitted statements in this scope that this person did not write or sign. */
  toApprove?: { scope: Scope; userId: string } | undefined;
  /** Statements in this scope with comments waiting for moderation. */
  toModerate?: { scope: Scope } | undefined;
}

function statementConditions(filter: StatementFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(dutyStatement.campaignId, filter.campaignId));
  if (filter.unitId) where.push(eq(dutyStatement.unitId, filter.unitId));
  if (filter.status) where.push(eq(dutyStatement.status, filter.status));
  if (filter.q) where.push(ilike(dutyStatement.title, containsPattern(filter.q)));
  if (filter.toApprove)
    where.push(
      eq(dutyStatement.status, 'submitted'),
      filter.toApprove.scope.where(dutyStatement.unitId),
      sql`not (${dutyStatement.authorIds} @> ${JSON.stringify([filter.toApprove.userId])}::jsonb)`,
    );
  if (filter.toModerate) where.push(filter.toModerate.scope.where(dutyStatement.unitId), hasPendingComment);
  return where;
}

export async function listStatements(db: DbOrTx, scope: Scope, filter: StatementFilter, page: PageQuery) {
  const own = statementConditions(filter);
  const rows = await scopedPageRows(db, {
    table: dutyStatement,
    id: dutyStatement.id,
    unitId: dutyStatement.unitId,
    scope,
    where: and(...own),
    keys: STATEMENT_ORDER,
    page,
    rows: (condition) =>
      statementQuery(db)
        .where(condition)
        .orderBy(...orderOf(STATEMENT_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(dutyStatement)
      .where(and(scope.where(dutyStatement.unitId), ...own)),
  );
  return toPage(STATEMENT_ORDER, page, rows, counted);
}

export function findStatement(db: DbOrTx, id: string, scope: Scope) {
  return statementQuery(db)
    .where(and(eq(dutyStatement.id, id), scope.where(dutyStatement.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertStatement(db: DbOrTx, values: typeof dutyStatement.$inferInsert) {
  return db
    .insert(dutyStatement)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateStatement(db: DbOrTx, id: string, values: Partial<typeof dutyStatement.$inferInsert>) {
  return db.update(dutyStatement).set(values).where(eq(dutyStatement.id, id));
}

export function deleteStatement(db: DbOrTx, id: string) {
  return db.delete(dutyStatement).where(eq(dutyStatement.id, id));
}

/** Per statement: its commitments and its comments waiting for moderation. */
export async function statementCounts(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { commitments: number; pending: number }>();
  const commitments = await db
    .select({ id: commitment.statementId, n: count() })
    .from(commitment)
    .where(inArray(commitment.statementId, ids))
    .groupBy(commitment.statementId);
  const pending = await db
    .select({ id: statementComment.statementId, n: count() })
    .from(statementComment)
    .where(and(inArray(statementComment.statementId, ids), eq(statementComment.status, 'pending')))
    .groupBy(statementComment.statementId);
  const out = new Map(ids.map((id) => [id, { commitments: 0, pending: 0 }]));
  for (const c of commitments) out.get(c.id)!.commitments = c.n;
  for (const p of pending) out.get(p.id)!.pending = p.n;
  return out;
}

/** The person names of accounts (signers, moderators, reporters of progress). */
export async function accountNames(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: userAccount.id, name: person.name })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(inArray(userAccount.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---------------------------------------------------------------- commitments

const commitmentColumns = {
  commitment,
  unitId: commitment.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  campaignId: dutyStatement.campaignId,
  statementStatus: dutyStatement.status,
  responsiblePersonName: person.name,
};

function commitmentQuery(db: DbOrTx) {
  return db
    .select(commitmentColumns)
    .from(commitment)
    .innerJoin(dutyStatement, eq(dutyStatement.id, commitment.statementId))
    .innerJoin(unit, eq(unit.id, commitment.unitId))
    .leftJoin(person, eq(person.id, commitment.responsiblePersonId));
}
export type CommitmentWithStatement = Awaited<ReturnType<typeof findCommitment>> & {};

/** Soonest due first. */
const COMMITMENT_ORDER: SortKey<CommitmentWithStatement>[] = [
  { column: commitment.dueDate, direction: 'asc', type: 'date', of: (r) => r.commitment.dueDate },
  { column: commitment.id, direction: 'asc', type: 'uuid', of: (r) => r.commitment.id },
];

/** The dates a commitment's status is decided by (statements.rules `commitmentStatus`). */
export interface StatusDates {
  today: string;
  dueSoonUntil: string;
}

/** The condition of a status, on the same dates the status is computed with. */
export function commitmentStatusCondition(status: CommitmentStatus, dates: StatusDates): SQL {
  switch (status) {
    case 'fulfilled':
    case 'not_fulfilled':
      return eq(commitment.outcome, status);
    case 'overdue':
      return and(isNull(commitment.outcome), lt(commitment.dueDate, dates.today))!;
    case 'due_soon':
      return and(
        isNull(commitment.outcome),
        sql`${commitment.dueDate} >= ${dates.today}`,
        lte(commitment.dueDate, dates.dueSoonUntil),
      )!;
    case 'on_track':
      return and(isNull(commitment.outcome), gt(commitment.dueDate, dates.dueSoonUntil))!;
  }
}

export interface CommitmentFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  statementId?: string | undefined;
  status?: CommitmentStatus | undefined;
  dates: StatusDates;
  /** Commitments of published statements not yet decided and due by `dates.dueSoonUntil`. */
  due?: boolean | undefined;
}

function commitmentConditions(filter: CommitmentFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.unitId) where.push(eq(commitment.unitId, filter.unitId));
  if (filter.statementId) where.push(eq(commitment.statementId, filter.statementId));
  if (filter.status) where.push(commitmentStatusCondition(filter.status, filter.dates));
  if (filter.due) where.push(isNull(commitment.outcome), lte(commitment.dueDate, filter.dates.dueSoonUntil));
  // Conditions on the statement go through a subquery: the paging walk reads the commitment alone.
  const statementWhere: SQL[] = [];
  if (filter.campaignId) statementWhere.push(eq(dutyStatement.campaignId, filter.campaignId));
  if (filter.due) statementWhere.push(eq(dutyStatement.status, 'published'));
  if (statementWhere.length > 0)
    where.push(
      inArray(
        commitment.statementId,
        sql`(select ${dutyStatement.id} from ${dutyStatement} where ${and(...statementWhere)})`,
      ),
    );
  return where;
}

/** One count per filter, each with exactly the conditions `listCommitments` applies, over the caller's scope. */
export function countCommitmentFigures(db: DbOrTx, scope: Scope, filters: readonly CommitmentFilter[]) {
  return countEach(
    db,
    commitment,
    scope.where(commitment.unitId),
    filters.map((f) => and(...commitmentConditions(f)) ?? sql`true`),
  );
}

export async function listCommitments(db: DbOrTx, scope: Scope, filter: CommitmentFilter, page: PageQuery) {
  const own = commitmentConditions(filter);
  const rows = await scopedPageRows(db, {
    table: commitment,
    id: commitment.id,
    unitId: commitment.unitId,
    scope,
    where: and(...own),
    keys: COMMITMENT_ORDER,
    page,
    rows: (condition) =>
      commitmentQuery(db)
        .where(condition)
        .orderBy(...orderOf(COMMITMENT_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(commitment)
      .where(and(scope.where(commitment.unitId), ...own)),
  );
  return toPage(COMMITMENT_ORDER, page, rows, counted);
}

export function findCommitment(db: DbOrTx, id: string, scope: Scope) {
  return commitmentQuery(db)
    .where(and(eq(commitment.id, id), scope.where(commitment.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function commitmentsOfStatement(db: DbOrTx, statementId: string) {
  return commitmentQuery(db)
    .where(eq(commitment.statementId, statementId))
    .orderBy(asc(commitment.dueDate), asc(commitment.id));
}

export function insertCommitment(db: DbOrTx, values: typeof commitment.$inferInsert) {
  return db
    .insert(commitment)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateCommitment(db: DbOrTx, id: string, values: Partial<typeof commitment.$inferInsert>) {
  return db.update(commitment).set(values).where(eq(commitment.id, id));
}

export function deleteCommitment(db: DbOrTx, id: string) {
  return db.delete(commitment).where(eq(commitment.id, id));
}

export function insertProgress(db: DbOrTx, values: typeof commitmentProgress.$inferInsert) {
  return db
    .insert(commitmentProgress)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

/** The progress entries of commitments, oldest first. */
export function progressOf(db: DbOrTx, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(commitmentProgress)
    .where(inArray(commitmentProgress.commitmentId, commitmentIds))
    .orderBy(asc(commitmentProgress.id));
}

// ---------------------------------------------------------------- comments

export function insertComment(db: DbOrTx, values: typeof statementComment.$inferInsert) {
  return db
    .insert(statementComment)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

/** A statement's comments: pending first, then newest first. */
export function commentsOf(db: DbOrTx, statementId: string) {
  return db
    .select()
    .from(statementComment)
    .where(eq(statementComment.statementId, statementId))
    .orderBy(sql`${statementComment.status} = 'pending' desc`, desc(statementComment.id));
}

const commentColumns = {
  comment: statementComment,
  unitId: dutyStatement.unitId,
  unitPath: unit.path,
};

export function findComment(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select(commentColumns)
    .from(statementComment)
    .innerJoin(dutyStatement, eq(dutyStatement.id, statementComment.statementId))
    .innerJoin(unit, eq(unit.id, dutyStatement.unitId))
    .where(and(eq(statementComment.id, id), scope.where(dutyStatement.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function updateComment(db: DbOrTx, id: string, values: Partial<typeof statementComment.$inferInsert>) {
  return db
    .update(statementComment)
    .set(values)
    .where(eq(statementComment.id, id))
    .returning()
    .then((r) => r[0]!);
}

// ---------------------------------------------------------------- the portal

const published = eq(dutyStatement.status, 'published');

export async function listPublishedStatements(
  db: DbOrTx,
  query: { unitId?: string | undefined; limit: number; offset: number },
) {
  const where = and(published, query.unitId ? eq(dutyStatement.unitId, query.unitId) : undefined);
  const rows = await statementQuery(db)
    .where(where)
    .orderBy(desc(dutyStatement.publishedAt), desc(dutyStatement.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(dutyStatement).where(where);
  return { rows, total: total!.n };
}

export function findPublishedStatement(db: DbOrTx, id: string) {
  return statementQuery(db)
    .where(and(eq(dutyStatement.id, id), published))
    .limit(1)
    .then((r) => r[0]);
}

/** Commitments of published statements, overdue first, then by due date. */
export async function listPublishedCommitments(
  db: DbOrTx,
  query: { status?: CommitmentStatus | undefined; limit: number; offset: number },
  dates: StatusDates,
) {
  const where = and(published, query.status ? commitmentStatusCondition(query.status, dates) : undefined);
  const rows = await commitmentQuery(db)
    .where(where)
    .orderBy(
      sql`(${commitment.outcome} is null and ${commitment.dueDate} < ${dates.today}) desc`,
      asc(commitment.dueDate),
      asc(commitment.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(commitment)
    .innerJoin(dutyStatement, eq(dutyStatement.id, commitment.statementId))
    .where(where);
  return { rows, total: total!.n };
}

/** Per published statement, its commitments counted by outcome and due date. */
export function publishedCommitmentDates(db: DbOrTx, statementIds: string[]) {
  if (statementIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      statementId: commitment.statementId,
      outcome: commitment.outcome,
      dueDate: commitment.dueDate,
    })
    .from(commitment)
    .where(inArray(commitment.statementId, statementIds));
}
