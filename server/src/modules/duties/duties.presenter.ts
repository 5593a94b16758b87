import type {
  DutyCategory,
  DutyItem,
  DutyItemVersion,
  PublicDutyItem,
  PublicDutyItemVersion,
} from '@zeren/contracts';
import type { DutyItemRow, DutyItemVersionRow, ItemWithVersions } from './duties.repository';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Person names by account id, for who submitted and who reviewed. */
export type AccountNames = ReadonlyMap<string, string>;
const nameOf = (names: AccountNames, id: string | null) => (id && names.get(id)) || null;

export function presentVersion(v: DutyItemVersionRow, names: AccountNames = new Map()): DutyItemVersion {
  return {
    id: v.id,
    itemId: v.itemId,
    version: v.version,
    status: v.status,
    name: v.name,
    category: v.category as DutyCategory | null,
    legalBasis: v.legalBasis,
    implementingBody: v.implementingBody,
    handlingOffice: v.handlingOffice,
    responsibilities: v.responsibilities,
    accountabilityConditions: v.accountabilityConditions,
    accountabilityBasis: v.accountabilityBasis,
    remarks: v.remarks,
    returnReason: v.returnReason,
    reviewOpinion: v.reviewOpinion,
    submittedAt: iso(v.submittedAt),
    submittedById: v.submittedBy,
    submittedByName: nameOf(names, v.submittedBy),
    reviewedByName: nameOf(names, v.reviewedBy),
    reviewedAt: iso(v.reviewedAt),
    publishedAt: iso(v.publishedAt),
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** Staff view of an item: its latest version (the open one, else the published one) and the published one. */
export function presentItem(row: ItemWithVersions, names: AccountNames = new Map()): DutyItem {
  const latest = row.open ?? row.published;
  if (!latest) throw new Error(`duty item ${row.item.id} has no version`);
  return {
    id: row.item.id,
    unitId: row.item.unitId,
    unitName: row.unitName,
    kind: row.item.kind,
    code: row.item.code,
    parentItemId: row.item.parentItemId,
    publishedVersion: row.item.publishedVersion,
    latest: presentVersion(latest, names),
    published: row.published ? presentVersion(row.published, names) : null,
  };
}

/** The public content of a published or superseded version: no workflow fields, no user ids. */
export function presentPublicVersion(v: DutyItemVersionRow): PublicDutyItemVersion {
  return {
    version: v.version,
    name: v.name,
    category: v.category as DutyCategory | null,
    legalBasis: v.legalBasis,
    implementingBody: v.implementingBody,
    handlingOffice: v.handlingOffice,
    responsibilities: v.responsibilities,
    accountabilityConditions: v.accountabilityConditions,
    accountabilityBasis: v.accountabilityBasis,
    remarks: v.remarks,
    publishedAt: iso(v.publishedAt),
  };
}

export function presentPublicItem(row: {
  item: DutyItemRow;
  unitName: string;
  version: DutyItemVersionRow;
}): PublicDutyItem {
  return {
    id: row.item.id,
    unitId: row.item.unitId,
    unitName: row.unitName,
    kind: row.item.kind,
    code: row.item.code,
    ...presentPublicVersion(row.version),
  };
}

/** What an audit event records of a version's content and state. */
export function versionAudit(v: DutyItemVersion): Record<string, unknown> {
  const {
    id: _i,
    itemId: _it,
    createdAt: _c,
    updatedAt: _u,
    submittedById: _si,
    submittedByName: _s,
    reviewedByName: _r,
    ...rest
  } = v;
  return rest;
}
