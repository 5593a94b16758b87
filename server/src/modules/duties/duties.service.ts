import {
  type CreateDutyItemInput,
  DUTY_CATEGORIES,
  DUTY_CATEGORY_LABELS,
  DUTY_ITEM_WORKFLOW,
  type DutyImportQuery,
  type DutyImportRejectedRow,
  type DutyImportResult,
  type DutyItem,
  type DutyItemAction,
  type DutyItemDetail,
  type DutyItemKind,
  type DutyItemListQuery,
  type Page,
  type PageQuery,
  type PublicDutyItem,
  type PublicDutyItemQuery,
  type PublicDutyItemVersion,
  type UpdateDutyDraftInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { personNamesOfAccounts } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { buildExport, buildTemplate, readImportWorkbook } from './duties.excel';
import { validateImportRows } from './duties.import';
import {
  presentItem,
  presentPublicItem,
  presentPublicVersion,
  presentVersion,
  versionAudit,
} from './duties.presenter';
import * as repo from './duties.repository';
import type { dutyItemVersion } from './duties.table';

/** A list item: its unit is its scope. */
export const dutyItemRecord = defineRecord({ type: 'duty_item', find: repo.findItem });

type Content = Pick<
  typeof dutyItemVersion.$inferInsert,
  | 'name'
  | 'category'
  | 'legalBasis'
  | 'implementingBody'
  | 'handlingOffice'
  | 'responsibilities'
  | 'accountabilityConditions'
  | 'accountabilityBasis'
  | 'remarks'
>;

const CONTENT_KEYS = [
  'name',
  'category',
  'legalBasis',
  'implementingBody',
  'handlingOffice',
  'responsibilities',
  'accountabilityConditions',
  'accountabilityBasis',
  'remarks',
] as const satisfies (keyof Content)[];

/** The content fields given (absent ones untouched; empty ones cleared to null). */
function contentOf(input: UpdateDutyDraftInput): Partial<Content> {
  const out: Partial<Content> = {};
  for (const key of CONTENT_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    (out as Record<string, unknown>)[key] = value === '' ? null : value;
  }
  return out;
}

function fullContent(input: UpdateDutyDraftInput & { name: string }): Content {
  const given = contentOf(input);
  return {
    name: input.name,
    category: given.category ?? null,
    legalBasis: given.legalBasis ?? null,
    implementingBody: given.implementingBody ?? null,
    handlingOffice: given.handlingOffice ?? null,
    responsibilities: given.responsibilities ?? null,
    accountabilityConditions: given.accountabilityConditions ?? null,
    accountabilityBasis: given.accountabilityBasis ?? null,
    remarks: given.remarks ?? null,
  };
}

function copyContent(v: repo.DutyItemVersionRow): Content {
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, v[k]])) as Content;
}

async function reload(tx: TxContext, id: string): Promise<DutyItem> {
  return (await presentItems(tx.tx, [await dutyItemRecord.reload(tx.tx, id)]))[0]!;
}

/** Items with the names of who submitted and who reviewed their versions (one query). */
async function presentItems(db: DbOrTx, rows: repo.ItemWithVersions[]): Promise<DutyItem[]> {
  const names = await personNamesOfAccounts(
    db,
    rows.flatMap((r) => [
      r.open?.submittedBy ?? null,
      r.open?.reviewedBy ?? null,
      r.published?.submittedBy ?? null,
      r.published?.reviewedBy ?? null,
    ]),
  );
  return rows.map((r) => presentItem(r, names));
}

function itemAudit(item: DutyItem) {
  return {
    kind: item.kind,
    code: item.code,
    parentItemId: item.parentItemId,
    publishedVersion: item.publishedVersion,
    ...versionAudit(item.latest),
  };
}

// ---------------------------------------------------------------- reads

/** Items of the lists in the caller's scope, with their latest and published versions. */
export async function listItems(ctx: ServiceContext, query: DutyItemListQuery): Promise<Page<DutyItem>> {
  const { limit, after, ...filter } = query;
  const page = await repo.listItems(ctx.db, grantScope(ctx), filter, { limit, after });
  return { ...page, items: await presentItems(ctx.db, page.items) };
}

/** Items whose latest version awaits the caller's approval (in the caller's approval scope). */
export async function approvalQueue(ctx: ServiceContext, page: PageQuery): Promise<Page<DutyItem>> {
  const found = await repo.listItems(ctx.db, grantScope(ctx), { submittedOnly: true }, page);
  return { ...found, items: await presentItems(ctx.db, found.items) };
}

/** One item with every version, newest first; 404 outside scope. */
export async function getItem(ctx: ServiceContext, id: string): Promise<DutyItemDetail> {
  const row = await dutyItemRecord.loadForRead(ctx, id);
  const versions = await repo.listVersions(ctx.db, id);
  const names = await personNamesOfAccounts(
    ctx.db,
    versions.flatMap((v) => [v.submittedBy, v.reviewedBy]),
  );
  return { item: presentItem(row, names), versions: versions.map((v) => presentVersion(v, names)) };
}

// ---------------------------------------------------------------- drafting

/** Drafts a new item (version 1) for a unit in the caller's drafting scope. */
export async function createItem(ctx: ServiceContext, input: CreateDutyItemInput): Promise<DutyItem> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    if (await repo.findItemByCode(tx.tx, input.unitId, input.kind, input.code))
      throw fieldError('code', 'field.taken');
    if (input.parentItemId) {
      // Same unit as the new item, which the caller may draft for: the main item is in scope.
      const parent = await repo.findItem(tx.tx, input.parentItemId, grantScope(tx));
      if (!parent || parent.item.unitId !== input.unitId || parent.item.kind !== input.kind)
        throw fieldError('parentItemId', 'field.not_found');
    }
    const now = ctx.clock.now();
    const item = await repo.insertItem(tx.tx, {
      unitId: input.unitId,
      kind: input.kind,
      code: input.code,
      parentItemId: input.parentItemId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertVersion(tx.tx, {
      itemId: item.id,
      unitId: input.unitId,
      version: 1,
      status: 'draft',
      ...fullContent(input),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await reload(tx, item.id);
    await tx.audit({
      action: 'duty_item.drafted',
      recordType: 'duty_item',
      recordId: item.id,
      unitId: item.unitId,
      after: itemAudit(view),
    });
    return view;
  });
}

/** Edits the open draft or returned version; a published version is immutable (409 VERSION_IMMUTABLE). */
export async function updateDraft(
  ctx: ServiceContext,
  id: string,
  input: UpdateDutyDraftInput,
): Promise<DutyItem> {
  return inTransaction(ctx, async (tx) => {
    const row = await dutyItemRecord.loadForChange(tx, id);
    if (!row.open) throw new AppError('VERSION_IMMUTABLE');
    // A submitted version is with the reviewer: withdraw it first.
    if (row.open.status === 'submitted') throw new AppError('INVALID_TRANSITION');
    const updated = await repo.updateVersion(tx.tx, row.open.id, {
      ...contentOf(input),
      updatedAt: ctx.clock.now(),
    });
    await repo.updateItem(tx.tx, id, { updatedAt: ctx.clock.now() });
    const diff = changedFields(versionAudit(presentVersion(row.open)), versionAudit(presentVersion(updated)));
    await tx.audit({
      action: 'duty_item.updated',
      recordType: 'duty_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { version: updated.version, ...diff.before },
      after: { version: updated.version, ...diff.after },
    });
    return reload(tx, id);
  });
}

/** Starts a new draft version copying the published one (409 when a version is already open). */
export async function startNewVersion(ctx: ServiceContext, id: string): Promise<DutyItem> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await dutyItemRecord.loadForChange(tx, id);
    if (row.open || !row.published) throw new AppError('INVALID_TRANSITION');
    const now = ctx.clock.now();
    const version = (await repo.maxVersion(tx.tx, id)) + 1;
    await repo.insertVersion(tx.tx, {
      itemId: id,
      unitId: row.item.unitId,
      version,
      status: 'draft',
      ...copyContent(row.published),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await reload(tx, id);
    await tx.audit({
      action: 'duty_item.drafted',
      recordType: 'duty_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { publishedVersion: row.item.publishedVersion },
      after: { ...itemAudit(view), fromVersion: row.published.version },
    });
    return view;
  });
}

/**
 * One action of DUTY_ITEM_WORKFLOW on the open version. Approving publishes it (with the review
 * opinion, if any) and supersedes the previously published version; returning records the reason.
 */
export async function transitionItem(
  ctx: ServiceContext,
  id: string,
  action: DutyItemAction,
  input: Record<string, string | null | undefined>,
): Promise<DutyItem> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await dutyItemRecord.loadForChange(tx, id);
    const open = row.open;
    if (!open) throw new AppError('INVALID_TRANSITION');
    const now = ctx.clock.now();
    await applyTransition(
      tx,
      DUTY_ITEM_WORKFLOW,
      action,
      { id, unitId: row.item.unitId, status: open.status },
      input,
      async (next, text) => {
        const changes: Partial<typeof dutyItemVersion.$inferInsert> = { status: next, updatedAt: now };
        if (action === 'submit') Object.assign(changes, { submittedBy: actor.userId, submittedAt: now });
        if (action === 'return')
          Object.assign(changes, { returnReason: text, reviewedBy: actor.userId, reviewedAt: now });
        if (action === 'approve') {
          Object.assign(changes, {
            reviewedBy: actor.userId,
            reviewedAt: now,
            reviewOpinion: text,
            publishedAt: now,
            returnReason: null,
          });
          if (row.published)
            await repo.updateVersion(tx.tx, row.published.id, { status: 'superseded', updatedAt: now });
        }
        await repo.updateVersion(tx.tx, open.id, changes);
        await repo.updateItem(tx.tx, id, {
          ...(action === 'approve' ? { publishedVersion: open.version } : {}),
          updatedAt: now,
        });
        return {
          before: { version: open.version },
          after: {
            version: open.version,
            ...(action === 'approve'
              ? { publishedVersion: open.version, superseded: row.published?.version ?? null }
              : {}),
          },
        };
      },
    );
    return reload(tx, id);
  });
}

/** Removes the open (draft or returned) version, and the item itself when it was never published. */
export async function deleteDraft(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await dutyItemRecord.loadForChange(tx, id);
    if (!row.open) throw new AppError('VERSION_IMMUTABLE');
    if (row.open.status === 'submitted') throw new AppError('INVALID_TRANSITION');
    const removesItem = row.item.publishedVersion === null;
    if (removesItem) {
      if ((await repo.countChildItems(tx.tx, id)) > 0) throw new AppError('CONFLICT');
      await repo.deleteItem(tx.tx, id);
    } else {
      await repo.deleteVersion(tx.tx, row.open.id);
      await repo.updateItem(tx.tx, id, { updatedAt: ctx.clock.now() });
    }
    await tx.audit({
      action: 'duty_item.draft_deleted',
      recordType: 'duty_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { kind: row.item.kind, code: row.item.code, ...versionAudit(presentVersion(row.open)) },
      after: { itemDeleted: removesItem },
    });
  });
}

// ---------------------------------------------------------------- Excel

/** The empty import template (.xlsx). */
export function importTemplate(ctx: ServiceContext, kind: DutyItemKind): Promise<Buffer> {
  return buildTemplate(kind, ctx.locale);
}

/** An import whose rows did not all pass: carries the per-row report for the problem body. */
export class ImportRejectedError extends AppError {
  constructor(readonly rejected: DutyImportRejectedRow[]) {
    super('IMPORT_HAS_ERRORS', { count: rejected.length });
  }
}

/**
 * Imports an .xlsx as version-1 drafts of a unit's list. mode 'all': any bad row rejects the
 * whole file (ImportRejectedError, nothing stored); mode 'valid': the good rows are imported.
 */
export async function importItems(
  ctx: ServiceContext,
  query: DutyImportQuery,
  bytes: Buffer,
): Promise<DutyImportResult> {
  const actor = requireActor(ctx);
  const rows = await readImportWorkbook(bytes, ctx.locale);
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, query.unitId, 'unitId');
    const existing = await repo.itemCodes(tx.tx, query.unitId, query.kind);
    const { valid, rejected } = validateImportRows(rows, new Set(existing.keys()), ctx.locale);
    if (rejected.length > 0 && query.mode === 'all') throw new ImportRejectedError(rejected);
    const idOfCode = new Map([...existing].map(([code, r]) => [code, r.id]));
    const now = ctx.clock.now();
    // Main items first: a sub-item waits until its main item has an id.
    let pending = valid;
    while (pending.length > 0) {
      const ready = pending.filter((r) => r.parentCode === null || idOfCode.has(r.parentCode));
      if (ready.length === 0) throw new AppError('IMPORT_FILE_INVALID', { reason: 'cycle' });
      for (const r of ready) {
        const item = await repo.insertItem(tx.tx, {
          unitId: query.unitId,
          kind: query.kind,
          code: r.code,
          parentItemId: r.parentCode ? idOfCode.get(r.parentCode)! : null,
          createdAt: now,
          updatedAt: now,
        });
        idOfCode.set(r.code, item.id);
        await repo.insertVersion(tx.tx, {
          itemId: item.id,
          unitId: query.unitId,
          version: 1,
          status: 'draft',
          ...r.content,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
      }
      pending = pending.filter((r) => !ready.includes(r));
    }
    await tx.audit({
      action: 'duty_item.imported',
      recordType: 'duty_item',
      unitId: query.unitId,
      after: {
        kind: query.kind,
        mode: query.mode,
        imported: valid.length,
        codes: valid.map((r) => r.code),
        rejectedRows: rejected.map((r) => r.row),
      },
    });
    return { imported: valid.length, rejected };
  });
}

/** The items the caller may see as an .xlsx (latest version of each); the export is audited. */
export async function exportItems(
  ctx: ServiceContext,
  query: { kind?: DutyItemKind | undefined; unitId?: string | undefined },
): Promise<Buffer> {
  return inTransaction(ctx, async (tx) => {
    const items = await presentItems(tx.tx, await repo.listAllItems(tx.tx, grantScope(tx), query));
    const codesById = new Map(items.map((i) => [i.id, i.code]));
    const buffer = await buildExport(items, codesById, query.kind, ctx.locale);
    await tx.audit({
      action: 'duty_item.exported',
      recordType: 'duty_item',
      unitId: query.unitId ?? null,
      after: { kind: query.kind ?? null, unitId: query.unitId ?? null, count: items.length },
    });
    return buffer;
  });
}

// ---------------------------------------------------------------- public portal

function categoriesMatching(q: string): string[] {
  const lower = q.toLowerCase();
  return DUTY_CATEGORIES.filter(
    (c) =>
      DUTY_CATEGORY_LABELS[c]['zh-CN'].includes(q) ||
      DUTY_CATEGORY_LABELS[c]['en-US'].toLowerCase().includes(lower),
  );
}

/** Published items only, searchable by name, code, category and unit name; paged with a total. */
export async function listPublicItems(
  ctx: ServiceContext,
  query: PublicDutyItemQuery,
): Promise<{ items: PublicDutyItem[]; total: number }> {
  const { rows, total } = await repo.listPublished(ctx.db, {
    ...query,
    ...(query.q ? { categoriesMatchingQ: categoriesMatching(query.q) } : {}),
  });
  return { items: rows.map(presentPublicItem), total };
}

/** A published item with its public history (published and superseded versions); 404 otherwise. */
export async function getPublicItem(
  ctx: ServiceContext,
  id: string,
): Promise<{ item: PublicDutyItem; history: PublicDutyItemVersion[] }> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  const history = await repo.listPublicHistory(ctx.db, id);
  return { item: presentPublicItem(row), history: history.map(presentPublicVersion) };
}

/** Units that have published items. */
export async function listPublicUnits(ctx: ServiceContext): Promise<{ id: string; name: string }[]> {
  const rows = await repo.listUnitsWithPublished(ctx.db);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

/**
 * The published power and responsibility items that best match a text (a lead's): terms are the
 * text's Chinese bigrams, counted twice in an item's name and once in its responsibilities. For
 * the accountability module's proposal of the unit responsible for a problem.
 */
export function matchPublishedDutyItems(
  db: DbOrTx,
  terms: string[],
  options: { minScore: number; limit: number },
): Promise<{ id: string; code: string; unitId: string; unitName: string; name: string; score: number }[]> {
  return repo.matchPublishedItems(db, terms, options.minScore, options.limit);
}
