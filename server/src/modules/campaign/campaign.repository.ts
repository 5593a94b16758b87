import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../platform/org/org.table';
import type { Scope } from '../../platform/scope';
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
  /** The owning government: its unit decides the data scope. */
  unitId: string;
  unitName: string;
  /** Materialised path of the owning government, for write-scope checks and unit validation. */
  unitPath: string;
}

const campaignColumns = { campaign, unitId: campaign.unitId, unitName: unit.name, unitPath: unit.path };

// ---- campaigns

export function listCampaigns(db: DbOrTx, scope: Scope): Promise<CampaignWithUnit[]> {
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(scope.where(campaign.unitId))
    .orderBy(desc(campaign.year), asc(unit.path), asc(campaign.createdAt));
}

export function findCampaign(db: DbOrTx, id: string, scope: Scope): Promise<CampaignWithUnit | undefined> {
  return db
    .select(campaignColumns)
    .from(campaign)
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(and(eq(campaign.id, id), scope.where(campaign.unitId)))
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

/** A domain with its campaign (whose government decides data scope). */
export function findDomain(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select({ domain: campaignDomain, campaign, unitId: campaign.unitId, unitPath: unit.path })
    .from(campaignDomain)
    .innerJoin(campaign, eq(campaign.id, campaignDomain.campaignId))
    .innerJoin(unit, eq(unit.id, campaign.unitId))
    .where(and(eq(campaignDomain.id, id), scope.where(campaign.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

/** Domains by id (no scope: a domain's title is not protected; its records are). */
export function findDomainsByIds(db: DbOrTx, ids: string[]): Promise<DomainRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(campaignDomain).where(inArray(campaignDomain.id, ids));
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
