import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { calendarDay, calendarYear } from './calendar.table';

export type CalendarYearRow = typeof calendarYear.$inferSelect;
export type CalendarDayRow = typeof calendarDay.$inferSelect;

export function listYears(db: DbOrTx) {
  return db.select().from(calendarYear).orderBy(asc(calendarYear.year));
}

/**
 * What counting working days over years `from`..`to` needs, in one round trip (every list of
 * deadlines loads it): the known years among them, the last known year, and the exceptions
 * (holidays, adjusted workdays) of those years.
 */
export async function calendarSpan(
  db: DbOrTx,
  from: number,
  to: number,
): Promise<{ years: number[]; last: number | null; days: { day: string; isWorkingDay: boolean }[] }> {
  const result = (await db.execute(sql`
    select
      (select coalesce(json_agg(${calendarYear.year}), '[]'::json) from ${calendarYear}
        where ${calendarYear.year} between ${from} and ${to}) as years,
      (select max(${calendarYear.year}) from ${calendarYear}) as last,
      (select coalesce(json_agg(json_build_array(${calendarDay.day}, ${calendarDay.isWorkingDay})), '[]'::json)
        from ${calendarDay} where ${calendarDay.day} between ${`${from}-01-01`} and ${`${to}-12-31`}) as days
  `)) as unknown as {
    rows: { years: number[] | string; last: number | null; days: [string, boolean][] | string }[];
  };
  const row = result.rows[0]!;
  // node-postgres parses json; PGlite may hand it over as text.
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  return {
    years: parse(row.years).map(Number),
    last: row.last === null ? null : Number(row.last),
    days: parse(row.days).map(([day, isWorkingDay]) => ({ day, isWorkingDay })),
  };
}

/** The last year the calendar knows (null on an empty calendar). */
export function lastYear(db: DbOrTx): Promise<number | null> {
  return db
    .select({ year: sql<number | null>`max(${calendarYear.year})` })
    .from(calendarYear)
    .then((r) => r[0]?.year ?? null);
}

/** Creates the year or marks where its schedule now comes from. */
export function upsertYear(db: DbOrTx, values: typeof calendarYear.$inferInsert) {
  return db
    .insert(calendarYear)
    .values(values)
    .onConflictDoUpdate({ target: calendarYear.year, set: { source: sql`excluded.source` } });
}

/**
 * Removes the published days (holidays, adjusted workdays — never an administrator's override)
 * between two days, or only the given days of that range.
 */
export function deletePublishedDays(db: DbOrTx, from: string, to: string, only?: string[]) {
  return db
    .delete(calendarDay)
    .where(
      and(
        between(calendarDay.day, from, to),
        inArray(calendarDay.kind, ['holiday', 'adjusted_workday']),
        ...(only ? [inArray(calendarDay.day, only)] : []),
      ),
    );
}

export function findYear(db: DbOrTx, year: number) {
  return db
    .select()
    .from(calendarYear)
    .where(eq(calendarYear.year, year))
    .then((r) => r[0]);
}

/** Inserts a year; a year already present (another instance seeding at the same time) is left alone. */
export function insertYear(db: DbOrTx, values: typeof calendarYear.$inferInsert) {
  return db
    .insert(calendarYear)
    .values(values)
    .onConflictDoNothing({ target: calendarYear.year })
    .returning()
    .then((r) => r[0]);
}

/** Inserts published days; a day already present (an administrator's override) is never overwritten. */
export async function insertDays(db: DbOrTx, values: (typeof calendarDay.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 500) {
    await db
      .insert(calendarDay)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing({ target: calendarDay.day });
  }
}

/** The exceptions between two days, inclusive, in one query. */
export function listDaysBetween(db: DbOrTx, from: string, to: string) {
  return db
    .select()
    .from(calendarDay)
    .where(between(calendarDay.day, from, to))
    .orderBy(asc(calendarDay.day));
}

export function findDay(db: DbOrTx, day: string) {
  return db
    .select()
    .from(calendarDay)
    .where(eq(calendarDay.day, day))
    .then((r) => r[0]);
}

/** Sets an administrator's override, replacing whatever the day held. */
export function upsertOverride(
  db: DbOrTx,
  values: { day: string; isWorkingDay: boolean; name: string | null; updatedAt: Date },
) {
  const row = { ...values, kind: 'override' as const, source: 'admin' as const };
  return db
    .insert(calendarDay)
    .values(row)
    .onConflictDoUpdate({
      target: calendarDay.day,
      set: {
        isWorkingDay: sql`excluded.is_working_day`,
        kind: sql`excluded.kind`,
        name: sql`excluded.name`,
        source: sql`excluded.source`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning()
    .then((r) => r[0]!);
}
