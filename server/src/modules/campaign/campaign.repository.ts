import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { unit } from '../org/org.table';
import { campaign, campaignDomain, campaignDomainUnit, campaignPhase } from './campaign.table';

export type CampaignRow = typeof campaign.$inferSelect;
export type PhaseRow = typeof campaignPhase.$inferSelect;
export type DomainRow = typeof campaignDomain.$inferSelect;
export interface DomainUnitRow {
  domainId: string;
  unitId: string;
  role: 'lead' | 'participant';
  unitName: string;
}
export interface CampaignWithUnit {
  campaign: CampaignRow;
  unitName: string;
  /** Materialised path of the owning government, for write-scope checks and unit validation. */
  unitPath: string;
}

const campaignColumns = { campaign, unitName: unit.name, unitPath: unit.path };

// ---- campaigns

export function listCampaigns(db: DbOrTx, scope: SQL): Promise<CampaignWithUnit[]> {
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(scope)
    .orderBy(desc(campaign.year), asc(unit.path), asc(campaign.createdAt));
}

export function findCampaign(db: DbOrTx, id: string, scope?: SQL): Promise<CampaignWithUnit | undefined> {
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(scope ? and(eq(campaign.id, id), scope) : eq(campaign.id, id))
    .limit(1)
    .then((r) => r[0]);
}

/** The active campaign of the deepest of these units (a unit's ancestors, nearest first wins). */
export function findNearestActiveCampaign(
  db: DbOrTx,
  unitIds: string[],
): Promise<CampaignWithUnit | undefined> {
  if (unitIds.length === 0) return Promise.resolve(undefined);
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(and(eq(campaign.status, 'active'), inArray(campaign.unitId, unitIds)))
    .orderBy(desc(sql`length(${unit.path})`))
    .limit(1)
    .then((r) => r[0]);
}

/** The active campaign of the root government (the top of the unit tree), for the public portal. */
export function findRootActiveCampaign(db: DbOrTx): Promise<CampaignWithUnit | undefined> {
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(and(eq(campaign.status, 'active'), isNull(unit.parentId), eq(unit.kind, 'government')))
    .orderBy(asc(unit.sortOrder), asc(unit.path))
    .limit(1)
    .then((r) => r[0]);
}

export function findActiveCampaignOfUnit(db: DbOrTx, unitId: string, exceptId?: string) {
  return db
    .select({ id: campaign.id })
    .from(campaign)
    .where(and(eq(campaign.unitId, unitId), eq(campaign.status, 'active')))
    .then((r) => r.find((c) => c.id !== exceptId));
}

export function findCampaignOfYear(db: DbOrTx, unitId: string, year: number) {
  return db
    .select({ id: campaign.id })
    .from(campaign)
    .where(and(eq(campaign.unitId, unitId), eq(campaign.year, year)))
    .limit(1)
    .then((r) => r[0]);
}

export function insertCampaign(db: DbOrTx, values: typeof campaign.$inferInsert) {
  return db
    .insert(campaign)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateCampaign(db: DbOrTx, id: string, values: Partial<typeof campaign.$inferInsert>) {
  return db.update(campaign).set(values).where(eq(campaign.id, id));
}

// ---- phases

export function listPhases(db: DbOrTx, campaignIds: string[]): Promise<PhaseRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(campaignPhase)
    .where(inArray(campaignPhase.campaignId, campaignIds))
    .orderBy(asc(campaignPhase.startDate));
}

export async function replacePhases(db: DbOrTx, campaignId: string, phases: Omit<PhaseRow, 'campaignId'>[]) {
  await db.delete(campaignPhase).where(eq(campaignPhase.campaignId, campaignId));
  if (phases.length > 0) await db.insert(campaignPhase).values(phases.map((p) => ({ ...p, campaignId })));
}

// ---- domains

export function listDomains(db: DbOrTx, campaignIds: string[]): Promise<DomainRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(campaignDomain)
    .where(inArray(campaignDomain.campaignId, campaignIds))
    .orderBy(asc(campaignDomain.sortOrder), asc(campaignDomain.createdAt), asc(campaignDomain.id));
}

export function listDomainUnits(db: DbOrTx, domainIds: string[]): Promise<DomainUnitRow[]> {
  if (domainIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      domainId: campaignDomainUnit.domainId,
      unitId: campaignDomainUnit.unitId,
      role: campaignDomainUnit.role,
      unitName: unit.name,
    })
    .from(campaignDomainUnit)
    .innerJoin(unit, eq(unit.id, campaignDomainUnit.unitId))
    .where(inArray(campaignDomainUnit.domainId, domainIds))
    .orderBy(asc(unit.path), asc(unit.sortOrder));
}

/** A domain with its campaign (whose unit decides data scope). */
export function findDomain(db: DbOrTx, id: string, scope?: SQL) {
  return db
    .select({ domain: campaignDomain, campaign })
    .from(campaignDomain)
    .innerJoin(campaign, eq(campaign.id, campaignDomain.campaignId))
    .where(scope ? and(eq(campaignDomain.id, id), scope) : eq(campaignDomain.id, id))
    .limit(1)
    .then((r) => r[0]);
}

export function insertDomains(db: DbOrTx, values: (typeof campaignDomain.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve([]);
  return db.insert(campaignDomain).values(values).returning();
}

export function updateDomain(db: DbOrTx, id: string, values: Partial<typeof campaignDomain.$inferInsert>) {
  return db.update(campaignDomain).set(values).where(eq(campaignDomain.id, id));
}

export function deleteDomain(db: DbOrTx, id: string) {
  return db.delete(campaignDomain).where(eq(campaignDomain.id, id));
}

export function nextDomainSortOrder(db: DbOrTx, campaignId: string): Promise<number> {
  return db
    .select({ n: sql<number>`coalesce(max(${campaignDomain.sortOrder}) + 1, 0)::int` })
    .from(campaignDomain)
    .where(eq(campaignDomain.campaignId, campaignId))
    .then((r) => r[0]!.n);
}

export function insertDomainUnits(db: DbOrTx, rows: (typeof campaignDomainUnit.$inferInsert)[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insert(campaignDomainUnit)
    .values(rows)
    .then(() => undefined);
}

export async function replaceDomainUnits(
  db: DbOrTx,
  domainId: string,
  rows: { unitId: string; role: 'lead' | 'participant' }[],
) {
  await db.delete(campaignDomainUnit).where(eq(campaignDomainUnit.domainId, domainId));
  await insertDomainUnits(
    db,
    rows.map((r) => ({ ...r, domainId })),
  );
}

// ---- units (read only: the campaign names units, the org module owns them)

export function findUnitsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: unit.id, name: unit.name, path: unit.path, kind: unit.kind })
    .from(unit)
    .where(inArray(unit.id, ids));
}

export function findUnit(db: DbOrTx, id: string) {
  return findUnitsByIds(db, [id]).then((r) => r[0]);
}
