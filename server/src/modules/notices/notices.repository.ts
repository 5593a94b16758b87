import type { NoticeKind, NoticeStatus, NoticeVisibility, PageQuery } from '@zeren/contracts';
import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../db/text-search';
import { unit } from '../../platform/org/org.table';
import { countUpTo, fetchSize, orderOf, type SortKey, scopedPageRows, toPage } from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { notice, noticeNumber, noticePrefix } from './notices.table';

export type NoticeRow = typeof notice.$inferSelect;

const noticeColumns = {
  notice,
  unitId: notice.unitId,
  unitName: unit.name,
  unitPath: unit.path,
};

function noticeQuery(db: DbOrTx) {
  return db.select(noticeColumns).from(notice).innerJoin(unit, eq(unit.id, notice.unitId));
}
export type NoticeWithUnit = Awaited<ReturnType<typeof findNotice>> & {};

/** Newest first (ids are UUIDv7). */
const NOTICE_ORDER: SortKey<NoticeWithUnit>[] = [
  { column: notice.id, direction: 'desc', type: 'uuid', of: (r) => r.notice.id },
];

export interface NoticeFilter {
  campaignId?: string | undefined;
  unitId?: string | undefined;
  status?: NoticeStatus | undefined;
  kind?: NoticeKind | undefined;
  visibility?: NoticeVisibility | undefined;
  q?: string | undefined;
  /** Submitted notices in this scope that this person did not write. */
  toApprove?: { scope: Scope; userId: string } | undefined;
}

function conditions(filter: NoticeFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(notice.campaignId, filter.campaignId));
  if (filter.unitId) where.push(eq(notice.unitId, filter.unitId));
  if (filter.status) where.push(eq(notice.status, filter.status));
  if (filter.kind) where.push(eq(notice.kind, filter.kind));
  if (filter.visibility) where.push(eq(notice.visibility, filter.visibility));
  if (filter.q) {
    const p = containsPattern(filter.q);
    where.push(or(ilike(notice.title, p), ilike(notice.documentNumber, p))!);
  }
  if (filter.toApprove)
    where.push(
      eq(notice.status, 'submitted'),
      filter.toApprove.scope.where(notice.unitId),
      sql`not (${notice.authorIds} @> ${JSON.stringify([filter.toApprove.userId])}::jsonb)`,
    );
  return where;
}

export async function listNotices(db: DbOrTx, scope: Scope, filter: NoticeFilter, page: PageQuery) {
  const own = conditions(filter);
  const rows = await scopedPageRows(db, {
    table: notice,
    id: notice.id,
    unitId: notice.unitId,
    scope,
    where: and(...own),
    keys: NOTICE_ORDER,
    page,
    rows: (condition) =>
      noticeQuery(db)
        .where(condition)
        .orderBy(...orderOf(NOTICE_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(notice)
      .where(and(scope.where(notice.unitId), ...own)),
  );
  return toPage(NOTICE_ORDER, page, rows, counted);
}

export function findNotice(db: DbOrTx, id: string, scope: Scope) {
  return noticeQuery(db)
    .where(and(eq(notice.id, id), scope.where(notice.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertNotice(db: DbOrTx, values: typeof notice.$inferInsert) {
  return db
    .insert(notice)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateNotice(db: DbOrTx, id: string, values: Partial<typeof notice.$inferInsert>) {
  return db.update(notice).set(values).where(eq(notice.id, id));
}

export function deleteNotice(db: DbOrTx, id: string) {
  return db.delete(notice).where(eq(notice.id, id));
}

// ---------------------------------------------------------------- the portal

const issuedPublic = and(eq(notice.visibility, 'public'), eq(notice.status, 'issued'));

export async function listPublished(db: DbOrTx, page: { limit: number; offset: number }) {
  const rows = await db
    .select()
    .from(notice)
    .where(issuedPublic)
    .orderBy(desc(notice.issuedAt), desc(notice.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(notice).where(issuedPublic);
  return { rows, total: total!.n };
}

export function findPublished(db: DbOrTx, id: string) {
  return db
    .select()
    .from(notice)
    .where(and(eq(notice.id, id), issuedPublic))
    .limit(1)
    .then((r) => r[0]);
}

// ---------------------------------------------------------------- document numbers

export function findPrefix(db: DbOrTx, unitId: string) {
  return db
    .select({ prefix: noticePrefix.prefix })
    .from(noticePrefix)
    .where(eq(noticePrefix.unitId, unitId))
    .then((r) => r[0]?.prefix);
}

export function upsertPrefix(db: DbOrTx, unitId: string, prefix: string, at: Date) {
  return db
    .insert(noticePrefix)
    .values({ unitId, prefix, updatedAt: at })
    .onConflictDoUpdate({ target: noticePrefix.unitId, set: { prefix, updatedAt: at } });
}

/**
 * The next number of a unit in a year: one statement that inserts 1 or increments, so two issues
 * at once wait for each other on the row and never get the same number.
 */
export function nextNumber(db: DbOrTx, unitId: string, year: number): Promise<number> {
  return db
    .insert(noticeNumber)
    .values({ unitId, year, last: 1 })
    .onConflictDoUpdate({
      target: [noticeNumber.unitId, noticeNumber.year],
      set: { last: sql`${noticeNumber.last} + 1` },
    })
    .returning({ last: noticeNumber.last })
    .then((r) => r[0]!.last);
}

/** The unit at the top of a materialised path (the city), for the default prefix. */
export function rootUnitOf(db: DbOrTx, path: string) {
  const rootId = path.split('/').filter(Boolean)[0] ?? '';
  return db
    .select({ name: unit.name })
    .from(unit)
    .where(eq(unit.id, rootId))
    .then((r) => r[0]);
}
