import {
  type Conduct,
  type Disposal,
  LEAD_OPEN_STATUSES,
  type LeadSource,
  type LeadStatus,
  type Liability,
  type PageQuery,
  type Satisfaction,
} from '@zeren/contracts';
import {
  and,
  asc,
  desc,
  eq,
  exists,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import { type DbOrTx, executePrepared } from '../../db/client';
import { idIn, newId } from '../../db/columns';
import { jsonRowsInsert } from '../../db/json-rows';
import { containsPattern } from '../../db/text-search';
import { auditHeadRead, parseAuditHead } from '../../platform/audit/audit.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { countEach, countHeatByUnit } from '../../platform/figures';
import { storedFile } from '../../platform/files/files.table';
import { person, unit, userAccount } from '../../platform/org/org.table';
import {
  countUpTo,
  fetchSize,
  orderOf,
  pageWhere,
  type SortKey,
  scopedPageRows,
  toPage,
} from '../../platform/paging';
import type { Scope } from '../../platform/scope';
import { countByTallied, countEachOf, tally } from '../../platform/tallies';
import {
  accountabilityCase,
  accountabilitySettings,
  caseRequirement,
  determination,
  exemptionRequest,
  lead,
  leadCodeSequence,
  leadConductTally,
  leadDisposalTally,
  leadDomainTally,
  leadMessage,
  leadRateTally,
  leadSourceTally,
  publicReport,
  sanction,
} from './accountability.table';

const qb = new QueryBuilder();

export type LeadRow = typeof lead.$inferSelect;
export type CaseRow = typeof accountabilityCase.$inferSelect;
export type DeterminationRow = typeof determination.$inferSelect;
export type SanctionRow = typeof sanction.$inferSelect;
export type ExemptionRow = typeof exemptionRequest.$inferSelect;
export type PublicReportRow = typeof publicReport.$inferSelect;

// ---------------------------------------------------------------- leads

/** Whom a lead concerns, for recusal (`Scope.notAbout`). */
export const leadConcerns = {
  table: lead,
  id: lead.id,
  unitIds: lead.concernedUnitIds,
  personIds: lead.concernedPersonIds,
};

const leadColumns = { lead, unitId: lead.unitId, unitName: unit.name, unitPath: unit.path };
const leadQuery = (db: DbOrTx) => db.select(leadColumns).from(lead).innerJoin(unit, eq(unit.id, lead.unitId));
export type LeadWithUnit = { lead: LeadRow; unitId: string; unitName: string; unitPath: string };

/** What the caller may read: the holding unit in scope, and nothing about the caller (回避). */
const readable = (scope: Scope) => and(scope.where(lead.unitId), scope.notAbout(leadConcerns))!;

export function findLead(db: DbOrTx, id: string, scope: Scope): Promise<LeadWithUnit | undefined> {
  return leadQuery(db)
    .where(and(eq(lead.id, id), readable(scope)))
    .limit(1)
    .then((r) => r[0]);
}

/** Newest first. */
const LEAD_ORDER: SortKey<LeadWithUnit>[] = [
  { column: lead.id, direction: 'desc', type: 'uuid', of: (r) => r.lead.id },
];

export interface LeadFilter {
  campaignId?: string | undefined;
  status?: LeadStatus | undefined;
  source?: LeadSource | undefined;
  /** Leads concerning the units with ids in this subtree query. */
  concernedUnitPath?: string | undefined;
  personId?: string | undefined;
  unitPath?: string | undefined;
  domainId?: string | undefined;
  conduct?: Conduct | undefined;
  overdueOn?: string | undefined;
  disposal?: Disposal | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  disposed?: 'true' | undefined;
  disposedFrom?: string | undefined;
  disposedTo?: string | undefined;
  handledOnTime?: 'true' | 'false' | undefined;
  responded?: 'true' | undefined;
  closedForReporter?: 'true' | undefined;
  satisfaction?: Satisfaction | undefined;
  rated?: 'stated' | 'satisfied' | undefined;
  awaitingReply?: 'true' | undefined;
  q?: string | undefined;
}

/** The lead is a public report whose reporter's record satisfies `condition`. */
// `id in (uncorrelated select)`, not a correlated `exists`: PostgreSQL hashes the subquery once
// instead of probing it per lead, which the dashboard's one-pass counts over a city's 100,000
// leads need (701 ms → 66 ms for the lead rates, EXPLAIN ANALYZE on the bench data).
const reportWhere = (condition: SQL) =>
  sql`${lead.id} in (select ${publicReport.leadId} from ${publicReport} where ${condition})`;

function leadConditions(filter: LeadFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(lead.campaignId, filter.campaignId));
  if (filter.status) where.push(eq(lead.status, filter.status));
  if (filter.source) where.push(eq(lead.source, filter.source));
  if (filter.domainId) where.push(eq(lead.domainId, filter.domainId));
  if (filter.conduct) where.push(eq(lead.conduct, filter.conduct));
  if (filter.disposal) where.push(eq(lead.disposal, filter.disposal));
  if (filter.receivedFrom) where.push(gte(lead.receivedOn, filter.receivedFrom));
  if (filter.receivedTo) where.push(lte(lead.receivedOn, filter.receivedTo));
  if (filter.personId) where.push(sql`${lead.concernedPersonIds} @> array[${filter.personId}]::uuid[]`);
  if (filter.concernedUnitPath !== undefined)
    where.push(
      sql`${lead.concernedUnitIds} && array(${qb
        .select({ id: unit.id })
        .from(unit)
        .where(like(unit.path, `${filter.concernedUnitPath}%`))})`,
    );
  if (filter.unitPath !== undefined)
    where.push(
      inArray(
        lead.unitId,
        qb
          .select({ id: unit.id })
          .from(unit)
          .where(like(unit.path, `${filter.unitPath}%`)),
      ),
    );
  if (filter.overdueOn)
    where.push(inArray(lead.status, ['received', 'accepted']), lt(lead.dueDate, filter.overdueOn));
  // Columns the database keeps on the lead (generated from its days; copied from a handler's
  // message and the report's satisfaction), so the rates' tally counts them too.
  if (filter.disposed) where.push(eq(lead.disposed, true));
  if (filter.disposedFrom) where.push(gte(lead.disposedOn, filter.disposedFrom));
  if (filter.disposedTo) where.push(lte(lead.disposedOn, filter.disposedTo));
  if (filter.handledOnTime) where.push(eq(lead.handledOnTime, filter.handledOnTime === 'true'));
  if (filter.responded) where.push(or(isNotNull(lead.disposal), eq(lead.handlerWrote, true))!);
  if (filter.closedForReporter) where.push(inArray(lead.status, ['closed', 'concluded']));
  if (filter.satisfaction) where.push(eq(lead.satisfaction, filter.satisfaction));
  if (filter.rated === 'stated') where.push(isNotNull(lead.satisfaction));
  if (filter.rated === 'satisfied')
    where.push(inArray(lead.satisfaction, ['satisfied', 'basically_satisfied']));
  if (filter.awaitingReply)
    where.push(
      inArray(lead.status, [...LEAD_OPEN_STATUSES]),
      reportWhere(isNotNull(publicReport.awaitingReplySince)),
    );
  if (filter.q) {
    const p = containsPattern(filter.q);
    where.push(
      or(ilike(lead.code, p), ilike(lead.summary, p), ilike(lead.details, p), ilike(lead.sourceRef, p))!,
    );
  }
  return where;
}

export async function listLeads(db: DbOrTx, scope: Scope, filter: LeadFilter, page: PageQuery) {
  const own = [...leadConditions(filter), scope.notAbout(leadConcerns)];
  const rows = await scopedPageRows(db, {
    table: lead,
    id: lead.id,
    unitId: lead.unitId,
    scope,
    where: and(...own),
    keys: LEAD_ORDER,
    page,
    rows: (condition) =>
      leadQuery(db)
        .where(condition)
        .orderBy(...orderOf(LEAD_ORDER))
        .limit(fetchSize(page)),
  });
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(lead)
      .where(and(scope.where(lead.unitId), ...own)),
  );
  return toPage(LEAD_ORDER, page, rows, counted);
}

// ---------------------------------------------------------------- the dashboard's figures

/** The leads counted by campaign, day received and one more column each (platform/tallies.ts). */
export const leadTallies = {
  source: tally(leadSourceTally, lead),
  conduct: tally(leadConductTally, lead),
  disposal: tally(leadDisposalTally, lead),
  domainId: tally(leadDomainTally, lead),
  rates: tally(leadRateTally, lead),
};

const receivedMonth = sql<string>`to_char(${lead.receivedOn}, 'YYYY-MM')`;

/** The lead figures' counts: in all, and by source, conduct type, disposal way, domain and month received. */
export interface LeadCounts {
  total: number;
  source: Map<string, number>;
  conduct: Map<string, number>;
  disposal: Map<string, number>;
  domain: Map<string, number>;
  month: Map<string, number>;
}

/**
 * The leads of a filter the caller may read: in all, and by source, conduct type, disposal way,
 * domain and month received. Each count is that of `listLeads` with the same filter and one more
 * equality (`source=…`); rows without a conduct, disposal or domain are left out of those counts, as
 * no list filter asks for "none". A caller reaching every unit is counted over the tallies when the
 * filter reads only their columns (campaign, days received), less the leads about the caller
 * (回避), counted live through the arrays' indexes; any other caller in one pass over the leads.
 */
export async function leadCounts(db: DbOrTx, scope: Scope, filter: LeadFilter): Promise<LeadCounts> {
  const conditions = leadConditions(filter);
  if (scope.global) {
    const tallied = await leadCountsTallied(db, conditions);
    if (tallied) {
      const about = scope.about(leadConcerns);
      if (!about) return tallied;
      const recused = await leadCountsOf(db, and(about, ...conditions));
      // A value left with no lead is absent, as the count over the leads leaves it out.
      const less = (a: Map<string, number>, b: Map<string, number>) => {
        for (const [k, n] of b) {
          const left = (a.get(k) ?? 0) - n;
          if (left > 0) a.set(k, left);
          else a.delete(k);
        }
        return a;
      };
      return {
        total: tallied.total - recused.total,
        source: less(tallied.source, recused.source),
        conduct: less(tallied.conduct, recused.conduct),
        disposal: less(tallied.disposal, recused.disposal),
        domain: less(tallied.domain, recused.domain),
        month: less(tallied.month, recused.month),
      };
    }
  }
  return leadCountsOf(db, and(readable(scope), ...conditions));
}

/** The counts over the tallies; null when the conditions read more than their columns. */
async function leadCountsTallied(db: DbOrTx, conditions: SQL[]): Promise<LeadCounts | null> {
  const bySource = await countByTallied(db, leadTallies.source, conditions, lead.source);
  if (!bySource) return null;
  const byMonth = await countByTallied(db, leadTallies.source, conditions, receivedMonth);
  const byConduct = await countByTallied(db, leadTallies.conduct, conditions, lead.conduct);
  const byDisposal = await countByTallied(db, leadTallies.disposal, conditions, lead.disposal);
  const byDomain = await countByTallied(db, leadTallies.domainId, conditions, lead.domainId);
  if (!byMonth || !byConduct || !byDisposal || !byDomain) return null;
  const valued = (m: Map<string | null, number>) =>
    new Map([...m].filter((e): e is [string, number] => e[0] !== null));
  return {
    total: [...bySource.values()].reduce((a, b) => a + b, 0),
    source: valued(bySource),
    conduct: valued(byConduct),
    disposal: valued(byDisposal),
    domain: valued(byDomain),
    month: valued(byMonth),
  };
}

/** The counts in one pass (GROUPING SETS) over the leads `where` keeps. */
async function leadCountsOf(db: DbOrTx, where: SQL | undefined): Promise<LeadCounts> {
  const month = receivedMonth;
  const rows = await db
    .select({
      source: lead.source,
      conduct: lead.conduct,
      disposal: lead.disposal,
      domainId: lead.domainId,
      month,
      // One bit per column, set when the row is not grouped by it (source is the highest).
      set: sql<number>`grouping(${lead.source}, ${lead.conduct}, ${lead.disposal}, ${lead.domainId}, ${month})::int`,
      count: sql<number>`count(*)::int`,
    })
    .from(lead)
    .where(where)
    .groupBy(
      sql`grouping sets ((${lead.source}), (${lead.conduct}), (${lead.disposal}), (${lead.domainId}), (${month}), ())`,
    );
  const by = <K extends string>(set: number, key: (r: (typeof rows)[number]) => K | null) =>
    new Map<string, number>(
      rows
        .filter((r) => Number(r.set) === set && key(r) !== null)
        .map((r) => [key(r)!, Number(r.count)] as const),
    );
  return {
    total: Number(rows.find((r) => Number(r.set) === 0b11111)?.count ?? 0),
    source: by(0b01111, (r) => r.source),
    conduct: by(0b10111, (r) => r.conduct),
    disposal: by(0b11011, (r) => r.disposal),
    domain: by(0b11101, (r) => r.domainId),
    month: by(0b11110, (r) => r.month),
  };
}

/** The heat table's counts: per filter (one unit's), per domain, with exactly the list's conditions and 回避. */
export function leadHeat(db: DbOrTx, scope: Scope, filter: LeadFilter, rowUnitIds: readonly string[]) {
  return countHeatByUnit(db, {
    table: lead,
    unitId: lead.unitId,
    groupBy: lead.domainId,
    where: and(readable(scope), ...leadConditions(filter)),
    rowUnitIds,
    unitFilter: 'subtree',
  });
}

/**
 * One count per filter in one pass over the leads the caller may read: each the total `listLeads`
 * gives for it. A caller reaching every unit is counted over the rates' tally when the filters read
 * only its columns, less the leads about the caller (回避), counted live.
 */
export function countLeadsEach(db: DbOrTx, scope: Scope, filters: readonly LeadFilter[]) {
  return countEachOf(
    db,
    leadTallies.rates,
    scope,
    { where: readable(scope), about: scope.about(leadConcerns) },
    filters.map((f) => and(sql`true`, ...leadConditions(f))!),
  );
}

/**
 * One count per filter in one pass over the leads `area` keeps (a monthly report's campaign and
 * units), with the list's conditions and no reader: a report's figures are counted over its area,
 * whoever reads it. Each is the total `listLeads` gives for the filter to a reader who reaches
 * every lead of the area and is concerned by none.
 */
export function countLeadsOfArea(db: DbOrTx, area: LeadFilter, filters: readonly LeadFilter[]) {
  return countEach(
    db,
    lead,
    and(...leadConditions(area)),
    filters.map((f) => and(sql`true`, ...leadConditions(f))!),
  );
}

/**
 * Inserts leads, each numbered from the sequence in the same statement (XS2026-0012, the year of
 * its campaign; at least four digits, more once a city passes 9,999 leads — lpad alone would cut
 * 10000 to 1000): one round trip for all, where reading nextval first would take one more each.
 * Rows come back in the order given.
 */
export async function insertLeads(
  db: DbOrTx,
  rows: readonly { values: Omit<typeof lead.$inferInsert, 'code'>; year: number }[],
): Promise<LeadRow[]> {
  if (rows.length === 0) return [];
  const withIds = rows.map((r) => ({
    ...r.values,
    id: r.values.id ?? newId(),
    code: sql`(select ${`XS${r.year}-`} || lpad(n, greatest(4, length(n)), '0') from (select nextval(${sql.raw(`'${leadCodeSequence.seqName}'`)})::text as n) as next)`,
  }));
  const inserted = new Map((await db.insert(lead).values(withIds).returning()).map((r) => [r.id, r]));
  return withIds.map((r) => inserted.get(r.id)!);
}

/** A lead's code from its number: XS2026-0042 (at least four digits), as insertLeads writes it. */
const leadCode = (year: number, n: string) => `XS${year}-${n.padStart(Math.max(4, n.length), '0')}`;

/**
 * What a batch of public reports needs, read in one statement: the numbers of its leads' codes
 * (taken from the sequence now: a batch that is not written leaves a gap, as a rolled-back insert
 * does), which of its proofs of work were used already, which of its receipts' lookup keys other
 * reports hold, and the audit chain's head.
 */
export async function reportIntakeRead(
  db: DbOrTx,
  q: { year: number; leads: number; usedSalts: SQL; lookupKeys: string[] },
) {
  const result = (await executePrepared(
    db,
    sql`select
    (select coalesce(json_agg(nextval(${sql.raw(`'${leadCodeSequence.seqName}'`)})::text), '[]'::json)
      from generate_series(1, ${q.leads})) as numbers,
    ${q.usedSalts} as used,
    (select coalesce(json_agg(${publicReport.lookupKey}), '[]'::json) from ${publicReport}
      where ${publicReport.lookupKey} = any(${sql.param(q.lookupKeys)}::text[])) as taken,
    ${auditHeadRead} as head`,
  )) as { rows: Record<string, unknown>[] };
  const row = result.rows[0]!;
  const json = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    codes: json<string[]>(row.numbers).map((n) => leadCode(q.year, n)),
    used: new Set(json<string[]>(row.used)),
    taken: new Set(json<string[]>(row.taken)),
    head: parseAuditHead(row.head),
  };
}

/** Inserts new leads (ids and codes given), when `when` holds. */
export const leadsInsert = (rows: (typeof lead.$inferInsert)[], when: SQL) =>
  jsonRowsInsert(lead, rows, { when });

/** Inserts public reports' rows, when `when` holds: a lookup key taken already fails the statement. */
export const publicReportsInsert = (rows: (typeof publicReport.$inferInsert)[], when: SQL) =>
  jsonRowsInsert(publicReport, rows, { when });

/**
 * Every status change of a lead goes through here, so the day its handling ended (线索处置时效)
 * is kept by construction: set when it leaves the open states, cleared when it returns to them
 * (reopened, appealed).
 */
export function updateLead(db: DbOrTx, id: string, values: Partial<typeof lead.$inferInsert>) {
  const disposedOn =
    values.status === undefined
      ? {}
      : {
          disposedOn: (LEAD_OPEN_STATUSES as readonly string[]).includes(values.status)
            ? null
            : shanghaiDate(values.updatedAt instanceof Date ? values.updatedAt : new Date()),
        };
  return db
    .update(lead)
    .set({ ...values, ...disposedOn })
    .where(eq(lead.id, id))
    .returning()
    .then((r) => r[0]!);
}

/** Whether a transfer already arrived as a lead (the intake runs more than once). */
export function findLeadBySourceRecord(db: DbOrTx, type: string, id: string) {
  return db
    .select({ id: lead.id })
    .from(lead)
    .where(and(eq(lead.sourceRecordType, type), eq(lead.sourceRecordId, id)))
    .then((r) => r[0]);
}

/**
 * Other leads of the campaign that concern one of the same units or persons, newest first (the
 * candidates for duplicates and the repeat flags), within the caller's reading scope.
 */
export function leadsConcerningSame(
  db: DbOrTx,
  scope: Scope,
  of: { id: string; campaignId: string; unitIds: string[]; personIds: string[] },
  limit = 200,
) {
  const overlap: SQL[] = [];
  if (of.unitIds.length > 0) overlap.push(sql`${lead.concernedUnitIds} && ${sql.param(of.unitIds)}::uuid[]`);
  if (of.personIds.length > 0)
    overlap.push(sql`${lead.concernedPersonIds} && ${sql.param(of.personIds)}::uuid[]`);
  if (overlap.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: lead.id,
      code: lead.code,
      summary: lead.summary,
      details: lead.details,
      source: lead.source,
      status: lead.status,
      concernedUnitIds: lead.concernedUnitIds,
    })
    .from(lead)
    .where(and(eq(lead.campaignId, of.campaignId), ne(lead.id, of.id), or(...overlap), readable(scope)))
    .orderBy(desc(lead.id))
    .limit(limit);
}

/** How many leads of a campaign concern each of these units, with their sources. */
export async function leadCountsByConcernedUnit(db: DbOrTx, campaignId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const result = await db.execute(sql`
    select u as "unitId", count(*)::int as count, array_agg(distinct ${lead.source}) as sources
    from ${lead}, unnest(${lead.concernedUnitIds}) as u
    where ${lead.campaignId} = ${campaignId} and ${idIn(sql`u`, unitIds)}
      and ${lead.status} <> 'merged'
    group by u`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    unitId: string;
    count: number;
    sources: LeadSource[];
  }[];
}

export function leadsMergedInto(db: DbOrTx, id: string) {
  return db
    .select({ id: lead.id, code: lead.code, summary: lead.summary })
    .from(lead)
    .where(eq(lead.mergedIntoId, id))
    .orderBy(asc(lead.id));
}

export function leadsOfParentCase(db: DbOrTx, caseId: string) {
  return db
    .select({
      id: lead.id,
      code: lead.code,
      inquiryKind: lead.inquiryKind,
      status: lead.status,
      summary: lead.summary,
    })
    .from(lead)
    .where(eq(lead.parentCaseId, caseId))
    .orderBy(asc(lead.id));
}

// ---------------------------------------------------------------- public reports and messages

/** How many were inserted: fewer than given when another report already holds a lookup key. */
export function insertPublicReports(db: DbOrTx, values: (typeof publicReport.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve(0);
  return db
    .insert(publicReport)
    .values(values)
    .onConflictDoNothing({ target: publicReport.lookupKey })
    .returning({ leadId: publicReport.leadId })
    .then((r) => r.length);
}

export function findPublicReport(db: DbOrTx, leadId: string) {
  return db
    .select()
    .from(publicReport)
    .where(eq(publicReport.leadId, leadId))
    .then((r) => r[0]);
}

/** A report by its lead, with the lead. */
export function findPublicReportWithLead(db: DbOrTx, leadId: string) {
  return db
    .select({ report: publicReport, lead })
    .from(publicReport)
    .innerJoin(lead, eq(lead.id, publicReport.leadId))
    .where(eq(publicReport.leadId, leadId))
    .then((r) => r[0]);
}

/** The reports any of the lookup keys names, with their leads (the hash is checked by the caller). */
export function findPublicReportsByLookup(db: DbOrTx, lookupKeys: string[]) {
  return db
    .select({ report: publicReport, lead })
    .from(publicReport)
    .innerJoin(lead, eq(lead.id, publicReport.leadId))
    .where(inArray(publicReport.lookupKey, lookupKeys));
}

export function updatePublicReport(
  db: DbOrTx,
  leadId: string,
  values: Partial<typeof publicReport.$inferInsert>,
) {
  return db.update(publicReport).set(values).where(eq(publicReport.leadId, leadId));
}

export function insertMessage(db: DbOrTx, values: typeof leadMessage.$inferInsert) {
  return db
    .insert(leadMessage)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function listMessages(db: DbOrTx, leadId: string) {
  return db.select().from(leadMessage).where(eq(leadMessage.leadId, leadId)).orderBy(asc(leadMessage.id));
}

/**
 * The reporter wrote (a reply or evidence): the report waits for an answer from now, unless it
 * already waited for an earlier word.
 */
export function markAwaitingReply(db: DbOrTx, leadId: string, at: Date) {
  return db
    .update(publicReport)
    .set({
      awaitingReplySince: sql`coalesce(${publicReport.awaitingReplySince}, ${at.toISOString()}::timestamptz)`,
    })
    .where(eq(publicReport.leadId, leadId));
}

/** The handler wrote to the reporter: nothing of theirs waits any longer. */
export function clearAwaitingReply(db: DbOrTx, leadId: string) {
  return db
    .update(publicReport)
    .set({ awaitingReplySince: null })
    .where(and(eq(publicReport.leadId, leadId), isNotNull(publicReport.awaitingReplySince)));
}

/** Which of these leads' reporters wait for an answer (whatever the lead's status). */
export async function awaitingReplyAmong(db: DbOrTx, leadIds: readonly string[]): Promise<Set<string>> {
  if (leadIds.length === 0) return new Set();
  const rows = await db
    .select({ leadId: publicReport.leadId })
    .from(publicReport)
    .where(and(inArray(publicReport.leadId, [...leadIds]), isNotNull(publicReport.awaitingReplySince)));
  return new Set(rows.map((r) => r.leadId));
}

/** Whether a handler has written to the lead's reporter. */
export async function handlerHasWritten(db: DbOrTx, leadId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(leadMessage)
    .where(and(eq(leadMessage.leadId, leadId), eq(leadMessage.direction, 'from_handler')))
    .limit(1);
  return rows.length > 0;
}

/** The accounts handling a lead: its case's handler and whoever wrote to its reporter. */
export async function leadHandlerAccounts(db: DbOrTx, leadId: string): Promise<string[]> {
  const [cases, writers] = [
    await db
      .select({ id: accountabilityCase.handlerId })
      .from(accountabilityCase)
      .where(eq(accountabilityCase.leadId, leadId)),
    await db
      .selectDistinct({ id: leadMessage.createdBy })
      .from(leadMessage)
      .where(and(eq(leadMessage.leadId, leadId), eq(leadMessage.direction, 'from_handler'))),
  ];
  return [...new Set([...cases, ...writers].flatMap((r) => (r.id ? [r.id] : [])))];
}

/**
 * Of these accounts, those a lead is not about (回避, as `Scope.notAbout` applies it to readers):
 * neither their person nor their person's unit among those it concerns.
 */
export async function accountsNotConcerned(
  db: DbOrTx,
  accountIds: readonly string[],
  concerned: { unitIds: readonly string[]; personIds: readonly string[] },
): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .select({ id: userAccount.id })
    .from(userAccount)
    .innerJoin(person, eq(person.id, userAccount.personId))
    .where(
      and(
        inArray(userAccount.id, [...accountIds]),
        not(idIn(person.id, concerned.personIds)),
        not(idIn(person.unitId, concerned.unitIds)),
      ),
    );
  return rows.map((r) => r.id);
}

/** Files the reporter of a lead sent (no uploader account). */
export async function countReporterFiles(db: DbOrTx, leadId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(storedFile)
    .where(
      and(eq(storedFile.ownerType, 'lead'), eq(storedFile.ownerId, leadId), isNull(storedFile.uploadedBy)),
    );
  return r!.n;
}

// ---------------------------------------------------------------- cases

const caseColumns = {
  case: accountabilityCase,
  unitId: accountabilityCase.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  summary: lead.summary,
};
const caseQuery = (db: DbOrTx) =>
  db
    .select(caseColumns)
    .from(accountabilityCase)
    .innerJoin(unit, eq(unit.id, accountabilityCase.unitId))
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId));
export type CaseWithUnit = {
  case: CaseRow;
  unitId: string;
  unitName: string;
  unitPath: string;
  summary: string;
};

const caseReadable = (scope: Scope) =>
  and(scope.where(accountabilityCase.unitId), scope.notAbout(leadConcerns))!;

/**
 * A case's recusal is its lead's, for a query on the case table alone (staff search): a case
 * whose lead is about the caller's unit or the caller is never found, as `caseReadable` keeps it
 * out of the list.
 */
export const caseNotAbout = (scope: Scope) =>
  exists(
    qb
      .select({ one: sql`1` })
      .from(lead)
      .where(and(eq(lead.id, accountabilityCase.leadId), scope.notAbout(leadConcerns))),
  );

export function findCase(db: DbOrTx, id: string, scope: Scope): Promise<CaseWithUnit | undefined> {
  return caseQuery(db)
    .where(and(eq(accountabilityCase.id, id), caseReadable(scope)))
    .limit(1)
    .then((r) => r[0]);
}

const CASE_ORDER: SortKey<CaseWithUnit>[] = [
  { column: accountabilityCase.dueDate, direction: 'asc', type: 'date', of: (r) => r.case.dueDate },
  { column: accountabilityCase.id, direction: 'asc', type: 'uuid', of: (r) => r.case.id },
];

export interface CaseFilter {
  campaignId?: string | undefined;
  status?: 'verifying' | 'proposed' | 'decided' | undefined;
  unitPath?: string | undefined;
  /** Proposed cases neither handled nor proposed by this account. */
  approvableBy?: string | undefined;
  /**
   * Cases with a pending fault-tolerance request this account may decide: in the scope it decides
   * in, neither handled nor requested by it (`decideExemption`'s four eyes; a person has one
   * account, `user_account_person_uq`, so comparing accounts is comparing persons).
   */
  exemptionDecidableBy?: { accountId: string; scope: Scope } | undefined;
  overdueOn?: string | undefined;
  openedFrom?: string | undefined;
  openedTo?: string | undefined;
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
  q?: string | undefined;
}

function caseConditions(filter: CaseFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(accountabilityCase.campaignId, filter.campaignId));
  if (filter.status) where.push(eq(accountabilityCase.status, filter.status));
  if (filter.unitPath !== undefined)
    where.push(
      inArray(
        accountabilityCase.unitId,
        qb
          .select({ id: unit.id })
          .from(unit)
          .where(like(unit.path, `${filter.unitPath}%`)),
      ),
    );
  if (filter.approvableBy)
    where.push(
      eq(accountabilityCase.status, 'proposed'),
      ne(accountabilityCase.handlerId, filter.approvableBy),
      ne(accountabilityCase.proposedBy, filter.approvableBy),
    );
  if (filter.exemptionDecidableBy) {
    const { accountId, scope } = filter.exemptionDecidableBy;
    where.push(
      scope.where(accountabilityCase.unitId),
      ne(accountabilityCase.handlerId, accountId),
      inArray(
        accountabilityCase.id,
        qb
          .select({ id: exemptionRequest.caseId })
          .from(exemptionRequest)
          .where(and(eq(exemptionRequest.status, 'pending'), ne(exemptionRequest.requestedBy, accountId))),
      ),
    );
  }
  if (filter.overdueOn)
    where.push(ne(accountabilityCase.status, 'decided'), lt(accountabilityCase.dueDate, filter.overdueOn));
  // Opened on a day where the campaign runs: the case is made when its lead is accepted (立案核查).
  if (filter.openedFrom)
    where.push(
      sql`${accountabilityCase.createdAt} >= (${filter.openedFrom}::date::timestamp at time zone 'Asia/Shanghai')`,
    );
  if (filter.openedTo)
    where.push(
      sql`${accountabilityCase.createdAt} < ((${filter.openedTo}::date + 1)::timestamp at time zone 'Asia/Shanghai')`,
    );
  if (filter.decidedFrom) where.push(gte(accountabilityCase.decidedOn, filter.decidedFrom));
  if (filter.decidedTo) where.push(lte(accountabilityCase.decidedOn, filter.decidedTo));
  if (filter.q) {
    const p = containsPattern(filter.q);
    where.push(or(ilike(accountabilityCase.code, p), ilike(lead.summary, p))!);
  }
  return where;
}

export async function listCases(db: DbOrTx, scope: Scope, filter: CaseFilter, page: PageQuery) {
  const where = and(caseReadable(scope), ...caseConditions(filter));
  const rows = await caseQuery(db)
    .where(and(where, page.after ? pageAfter(page) : undefined))
    .orderBy(...orderOf(CASE_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(accountabilityCase)
      .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
      .where(where),
  );
  return toPage(CASE_ORDER, page, rows, counted);
}

function pageAfter(page: PageQuery) {
  return pageWhere(CASE_ORDER, page, undefined);
}

/**
 * One count per filter in one pass over the cases `area` keeps, with the list's conditions and no
 * reader (a monthly report's figures, as `countLeadsOfArea`): each the total `listCases` gives.
 */
export function countCasesOfArea(db: DbOrTx, area: CaseFilter, filters: readonly CaseFilter[]) {
  return countEach(
    db,
    accountabilityCase,
    and(...caseConditions(area)),
    filters.map((f) => and(sql`true`, ...caseConditions(f))!),
    (query) => query.innerJoin(lead, eq(lead.id, accountabilityCase.leadId)),
  );
}

export function insertCase(db: DbOrTx, values: typeof accountabilityCase.$inferInsert) {
  return db
    .insert(accountabilityCase)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateCase(db: DbOrTx, id: string, values: Partial<typeof accountabilityCase.$inferInsert>) {
  return db
    .update(accountabilityCase)
    .set(values)
    .where(eq(accountabilityCase.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function listRequirements(db: DbOrTx, caseId: string) {
  return db.select().from(caseRequirement).where(eq(caseRequirement.caseId, caseId));
}

export function upsertRequirement(db: DbOrTx, values: typeof caseRequirement.$inferInsert) {
  return db
    .insert(caseRequirement)
    .values(values)
    .onConflictDoUpdate({
      target: [caseRequirement.caseId, caseRequirement.requirement],
      set: {
        confirmed: values.confirmed,
        note: values.note,
        confirmedBy: values.confirmedBy,
        confirmedAt: values.confirmedAt,
      },
    });
}

export function clearRequirements(db: DbOrTx, caseId: string) {
  return db.delete(caseRequirement).where(eq(caseRequirement.caseId, caseId));
}

/** How many of the six requirements each case has confirmed. */
export async function confirmedCounts(db: DbOrTx, caseIds: string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: caseRequirement.caseId, n: sql<number>`count(*)::int` })
    .from(caseRequirement)
    .where(and(inArray(caseRequirement.caseId, caseIds), eq(caseRequirement.confirmed, true)))
    .groupBy(caseRequirement.caseId);
  return new Map(rows.map((r) => [r.caseId, r.n]));
}

/** The highest of the four forms among each case's determinations. */
export async function caseForms(db: DbOrTx, caseIds: string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: determination.caseId, form: sql<number | null>`max(${determination.form})` })
    .from(determination)
    .where(inArray(determination.caseId, caseIds))
    .groupBy(determination.caseId);
  return new Map(rows.flatMap((r) => (r.form === null ? [] : [[r.caseId, Number(r.form)] as const])));
}

/** Whether the unit concerned by a lead already has serious cases (form 3 or 4) decided in the campaign. */
export async function seriousCasesConcerning(
  db: DbOrTx,
  campaignId: string,
  unitIds: string[],
  exceptCaseId: string,
) {
  if (unitIds.length === 0) return 0;
  const [r] = await db
    .select({ n: sql<number>`count(distinct ${accountabilityCase.id})::int` })
    .from(accountabilityCase)
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
    .innerJoin(determination, eq(determination.caseId, accountabilityCase.id))
    .where(
      and(
        eq(accountabilityCase.campaignId, campaignId),
        eq(accountabilityCase.status, 'decided'),
        ne(accountabilityCase.id, exceptCaseId),
        sql`${determination.form} >= 3`,
        sql`${lead.concernedUnitIds} && ${sql.param(unitIds)}::uuid[]`,
      ),
    );
  return r!.n;
}

// ---------------------------------------------------------------- determinations, sanctions, exemptions

const determinationColumns = {
  determination,
  unitId: accountabilityCase.unitId,
  unitPath: unit.path,
  caseStatus: accountabilityCase.status,
  caseHandlerId: accountabilityCase.handlerId,
  caseProposedBy: accountabilityCase.proposedBy,
  caseCode: accountabilityCase.code,
};
export type DeterminationWithCase = {
  determination: DeterminationRow;
  unitId: string;
  unitPath: string;
  caseStatus: CaseRow['status'];
  caseHandlerId: string;
  caseProposedBy: string | null;
  caseCode: string;
};

export function findDetermination(
  db: DbOrTx,
  id: string,
  scope: Scope,
): Promise<DeterminationWithCase | undefined> {
  return db
    .select(determinationColumns)
    .from(determination)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
    .innerJoin(unit, eq(unit.id, accountabilityCase.unitId))
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
    .where(and(eq(determination.id, id), caseReadable(scope)))
    .limit(1)
    .then((r) => r[0]);
}

export function listDeterminations(db: DbOrTx, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({ determination, personName: person.name, personUnitName: unit.name })
    .from(determination)
    .innerJoin(person, eq(person.id, determination.personId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(inArray(determination.caseId, caseIds))
    .orderBy(asc(determination.id));
}

// ---------------------------------------------------------------- the determinations list (责任认定台账)

const determinationListColumns = {
  determination,
  caseCode: accountabilityCase.code,
  caseStatus: accountabilityCase.status,
  campaignId: accountabilityCase.campaignId,
  unitId: accountabilityCase.unitId,
  unitName: unit.name,
  decidedOn: accountabilityCase.decidedOn,
};
const personUnit = alias(unit, 'person_unit');
const determinationListQuery = (db: DbOrTx) =>
  db
    .select({ ...determinationListColumns, personName: person.name, personUnitName: personUnit.name })
    .from(determination)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
    .innerJoin(unit, eq(unit.id, accountabilityCase.unitId))
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
    .innerJoin(person, eq(person.id, determination.personId))
    .innerJoin(personUnit, eq(personUnit.id, person.unitId));
export type DeterminationListRow = Awaited<
  ReturnType<ReturnType<typeof determinationListQuery>['execute']>
>[number];

/** Newest first. */
const DETERMINATION_ORDER: SortKey<DeterminationListRow>[] = [
  { column: determination.id, direction: 'desc', type: 'uuid', of: (r) => r.determination.id },
];

export interface DeterminationFilter {
  campaignId?: string | undefined;
  liability?: Liability | undefined;
  form?: number | undefined;
  unitPath?: string | undefined;
  heldAccountable?: 'true' | undefined;
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
}

/** A determination list's conditions over the determination, its case and its lead. */
function determinationConditions(filter: DeterminationFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.campaignId) where.push(eq(accountabilityCase.campaignId, filter.campaignId));
  if (filter.liability) where.push(eq(determination.liability, filter.liability));
  if (filter.form !== undefined) where.push(eq(determination.form, filter.form));
  if (filter.unitPath !== undefined)
    where.push(
      inArray(
        accountabilityCase.unitId,
        qb
          .select({ id: unit.id })
          .from(unit)
          .where(like(unit.path, `${filter.unitPath}%`)),
      ),
    );
  // Decided, and not exempted (免予问责 clears the disposition, so its form is null).
  if (filter.heldAccountable)
    where.push(eq(accountabilityCase.status, 'decided'), isNotNull(determination.form));
  if (filter.decidedFrom) where.push(gte(accountabilityCase.decidedOn, filter.decidedFrom));
  if (filter.decidedTo) where.push(lte(accountabilityCase.decidedOn, filter.decidedTo));
  return where;
}

/** The determinations of the cases the caller may read (the case's unit in scope, recusal by its lead). */
export async function pageDeterminations(
  db: DbOrTx,
  scope: Scope,
  filter: DeterminationFilter,
  page: PageQuery,
) {
  const where = and(caseReadable(scope), ...determinationConditions(filter));
  const rows = await determinationListQuery(db)
    .where(and(where, page.after ? pageWhere(DETERMINATION_ORDER, page, undefined) : undefined))
    .orderBy(...orderOf(DETERMINATION_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(determination)
      .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
      .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
      .where(where),
  );
  return toPage(DETERMINATION_ORDER, page, rows, counted);
}

/**
 * One count per filter in one pass over the determinations the caller may read (the case's unit in
 * scope, recusal by its lead): each the total `pageDeterminations` gives for that filter.
 */
export function countDeterminationsEach(db: DbOrTx, scope: Scope, filters: readonly DeterminationFilter[]) {
  return countEach(
    db,
    determination,
    caseReadable(scope),
    filters.map((f) => and(sql`true`, ...determinationConditions(f))!),
    (query) =>
      query
        .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
        .innerJoin(lead, eq(lead.id, accountabilityCase.leadId)),
  );
}

/**
 * One count per filter in one pass over the determinations `area` keeps, with the list's
 * conditions and no reader (a monthly report's figures, as `countLeadsOfArea`): each the total
 * `pageDeterminations` gives.
 */
export function countDeterminationsOfArea(
  db: DbOrTx,
  area: DeterminationFilter,
  filters: readonly DeterminationFilter[],
) {
  return countEach(
    db,
    determination,
    and(...determinationConditions(area)),
    filters.map((f) => and(sql`true`, ...determinationConditions(f))!),
    (query) =>
      query
        .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
        .innerJoin(lead, eq(lead.id, accountabilityCase.leadId)),
  );
}

export function insertDetermination(db: DbOrTx, values: typeof determination.$inferInsert) {
  return db
    .insert(determination)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateDetermination(
  db: DbOrTx,
  id: string,
  values: Partial<typeof determination.$inferInsert>,
) {
  return db
    .update(determination)
    .set(values)
    .where(eq(determination.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteDetermination(db: DbOrTx, id: string) {
  return db.delete(determination).where(eq(determination.id, id));
}

export function listSanctions(db: DbOrTx, determinationIds: string[]) {
  if (determinationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(sanction)
    .where(inArray(sanction.determinationId, determinationIds))
    .orderBy(asc(sanction.id));
}

export function replaceSanctions(
  db: DbOrTx,
  determinationId: string,
  values: (typeof sanction.$inferInsert)[],
) {
  return db
    .delete(sanction)
    .where(eq(sanction.determinationId, determinationId))
    .then(() => (values.length > 0 ? db.insert(sanction).values(values) : undefined));
}

/** The case's sanctions take effect on the decision day: active, with the day each lapses. */
export function activateSanction(db: DbOrTx, id: string, decidedOn: string, lapsesOn: string | null) {
  return db.update(sanction).set({ status: 'active', decidedOn, lapsesOn }).where(eq(sanction.id, id));
}

/** Active sanctions whose lapse day has come (for the lapse job), with their case's unit. */
export function sanctionsDueToLapse(db: DbOrTx, today: string) {
  return db
    .select({ sanction, caseId: accountabilityCase.id, caseUnitId: accountabilityCase.unitId })
    .from(sanction)
    .innerJoin(determination, eq(determination.id, sanction.determinationId))
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
    .where(and(eq(sanction.status, 'active'), sql`${sanction.lapsesOn} <= ${today}`))
    .orderBy(asc(sanction.lapsesOn), asc(sanction.id))
    .limit(1000);
}

export function markSanctionLapsed(db: DbOrTx, id: string) {
  return db
    .update(sanction)
    .set({ status: 'lapsed' })
    .where(and(eq(sanction.id, id), eq(sanction.status, 'active')));
}

const exemptionColumns = {
  exemption: exemptionRequest,
  unitId: accountabilityCase.unitId,
  unitPath: unit.path,
  caseHandlerId: accountabilityCase.handlerId,
  caseCode: accountabilityCase.code,
};
export type ExemptionWithCase = {
  exemption: ExemptionRow;
  unitId: string;
  unitPath: string;
  caseHandlerId: string;
  caseCode: string;
};

export function findExemption(db: DbOrTx, id: string, scope: Scope): Promise<ExemptionWithCase | undefined> {
  return db
    .select(exemptionColumns)
    .from(exemptionRequest)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, exemptionRequest.caseId))
    .innerJoin(unit, eq(unit.id, accountabilityCase.unitId))
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
    .where(and(eq(exemptionRequest.id, id), caseReadable(scope)))
    .limit(1)
    .then((r) => r[0]);
}

// ---------------------------------------------------------------- the unit's view (申请容错免责)

/**
 * Determinations about the people of units in a scope, with their case's number and stage. The
 * scope is over the person's unit, not the case's: the unit sees its own people, never the case.
 */
function unitDeterminationQuery(db: DbOrTx) {
  return db
    .select({
      determination,
      caseCode: accountabilityCase.code,
      caseStatus: accountabilityCase.status,
      caseUnitId: accountabilityCase.unitId,
      caseHandlerId: accountabilityCase.handlerId,
      personName: person.name,
      personUnitName: unit.name,
      unitId: person.unitId,
      unitPath: unit.path,
    })
    .from(determination)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
    .innerJoin(person, eq(person.id, determination.personId))
    .innerJoin(unit, eq(unit.id, person.unitId));
}
export type UnitDeterminationRow = Awaited<
  ReturnType<ReturnType<typeof unitDeterminationQuery>['execute']>
>[number];

export function findUnitDetermination(db: DbOrTx, id: string, scope: Scope) {
  return unitDeterminationQuery(db)
    .where(and(eq(determination.id, id), scope.where(person.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

const UNIT_DETERMINATION_ORDER: SortKey<UnitDeterminationRow>[] = [
  { column: determination.id, direction: 'desc', type: 'uuid', of: (r) => r.determination.id },
];

export async function listUnitDeterminations(
  db: DbOrTx,
  scope: Scope,
  filter: { open?: boolean },
  page: PageQuery,
) {
  const where = and(
    scope.where(person.unitId),
    filter.open ? ne(accountabilityCase.status, 'decided') : undefined,
  );
  const rows = await unitDeterminationQuery(db)
    .where(and(where, page.after ? pageWhere(UNIT_DETERMINATION_ORDER, page, undefined) : undefined))
    .orderBy(...orderOf(UNIT_DETERMINATION_ORDER))
    .limit(fetchSize(page));
  const counted = await countUpTo(
    db,
    db
      .select({ one: sql`1`.as('one') })
      .from(determination)
      .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
      .innerJoin(person, eq(person.id, determination.personId))
      .where(where),
  );
  return toPage(UNIT_DETERMINATION_ORDER, page, rows, counted);
}

export function listExemptions(db: DbOrTx, determinationIds: string[]) {
  if (determinationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(exemptionRequest)
    .where(inArray(exemptionRequest.determinationId, determinationIds))
    .orderBy(asc(exemptionRequest.id));
}

export function insertExemption(db: DbOrTx, values: typeof exemptionRequest.$inferInsert) {
  return db
    .insert(exemptionRequest)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateExemption(
  db: DbOrTx,
  id: string,
  values: Partial<typeof exemptionRequest.$inferInsert>,
) {
  return db
    .update(exemptionRequest)
    .set(values)
    .where(eq(exemptionRequest.id, id))
    .returning()
    .then((r) => r[0]!);
}

/** A person's decided determinations, newest decision first (their accountability record). */
export function decidedDeterminationsOf(db: DbOrTx, personId: string) {
  return db
    .select({
      determination,
      caseId: accountabilityCase.id,
      code: accountabilityCase.code,
      decidedOn: accountabilityCase.decidedOn,
      summary: lead.summary,
    })
    .from(determination)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, determination.caseId))
    .innerJoin(lead, eq(lead.id, accountabilityCase.leadId))
    .where(and(eq(determination.personId, personId), eq(accountabilityCase.status, 'decided')))
    .orderBy(desc(accountabilityCase.decidedOn), desc(determination.id));
}

// ---------------------------------------------------------------- settings and names

/** A campaign's settings with the name of the unit new leads go to. */
export function findSettings(db: DbOrTx, campaignId: string) {
  return db
    .select({ settings: accountabilitySettings, leadUnitName: unit.name })
    .from(accountabilitySettings)
    .leftJoin(unit, eq(unit.id, accountabilitySettings.leadUnitId))
    .where(eq(accountabilitySettings.campaignId, campaignId))
    .then((r) => r[0]);
}

export function upsertSettings(db: DbOrTx, values: typeof accountabilitySettings.$inferInsert) {
  return db
    .insert(accountabilitySettings)
    .values(values)
    .onConflictDoUpdate({
      target: accountabilitySettings.campaignId,
      set: {
        deadlines: values.deadlines,
        leadUnitId: values.leadUnitId,
        dualInquiryOverdueWorkingDays: values.dualInquiryOverdueWorkingDays,
        updatedAt: values.updatedAt,
      },
    });
}

/** Persons by id with their unit's name. */
export function personNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: person.id, name: person.name, unitId: person.unitId, unitName: unit.name })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(inArray(person.id, ids));
}

/** The person behind an account (four eyes compares persons, not only accounts). */
export function personOfAccount(db: DbOrTx, accountId: string) {
  return db
    .select({ personId: userAccount.personId })
    .from(userAccount)
    .where(eq(userAccount.id, accountId))
    .then((r) => r[0]?.personId ?? null);
}

/** Persons' posts (职务), for how a notice names them. */
export function personPositions(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: person.id, position: person.position }).from(person).where(inArray(person.id, ids));
}
