import {
  type AuditAction,
  type CreateDutyItemInput,
  DUTY_CATEGORIES,
  DUTY_CATEGORY_LABELS,
  DUTY_ITEM_ACTION_PERMISSION,
  DUTY_ITEM_TRANSITIONS,
  type DutyImportQuery,
  type DutyImportRejectedRow,
  type DutyImportResult,
  type DutyItem,
  type DutyItemDetail,
  type DutyItemKind,
  type DutyItemListQuery,
  type DutyItemTransitionInput,
  type Permission,
  type PublicDutyItem,
  type PublicDutyItemQuery,
  type PublicDutyItemVersion,
  type UpdateDutyDraftInput,
} from '@zeren/contracts';
import type { Actor } from '../../platform/actor';
import { changedFields } from '../../platform/audit/audit.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { scopePredicate, unitInScope } from '../../platform/data-scope';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
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
import { dutyItem, type dutyItemVersion } from './duties.table';

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

const readScope = (actor: Actor) => scopePredicate(actor, 'duties.item.read', dutyItem.unitId);

/** An item the caller may read (404 otherwise) and change with `permission` (403 otherwise). */
async function loadForWrite(tx: TxContext, actor: Actor, id: string, permission: Permission) {
  const row = await repo.findItem(tx.tx, id, readScope(actor));
  if (!row) throw notFound();
  const home = await repo.findUnit(tx.tx, row.item.unitId);
  if (!home || !unitInScope(actor, permission, home)) throw forbidden();
  return row;
}

async function reload(tx: TxContext, id: string): Promise<DutyItem> {
  return presentItem((await repo.findItem(tx.tx, id))!);
}

function itemAudit(item: DutyItem): Record<string, unknown> {
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
export async function listItems(ctx: ServiceContext, filter: DutyItemListQuery): Promise<DutyItem[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listItems(ctx.db, readScope(actor), filter);
  return rows.map(presentItem);
}

/** Items whose latest version awaits the caller's approval (in the caller's approval scope). */
export async function approvalQueue(ctx: ServiceContext): Promise<DutyItem[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listItems(ctx.db, scopePredicate(actor, 'duties.item.approve', dutyItem.unitId), {
    submittedOnly: true,
  });
  return rows.map(presentItem);
}

/** One item with every version, newest first; 404 outside scope. */
export async function getItem(ctx: ServiceContext, id: string): Promise<DutyItemDetail> {
  const actor = requireActor(ctx);
  const row = await repo.findItem(ctx.db, id, readScope(actor));
  if (!row) throw notFound();
  const versions = await repo.listVersions(ctx.db, id);
  return { item: presentItem(row), versions: versions.map(presentVersion) };
}

// ---------------------------------------------------------------- drafting

/** Drafts a new item (version 1) for a unit in the caller's drafting scope. */
export async function createItem(ctx: ServiceContext, input: CreateDutyItemInput): Promise<DutyItem> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const target = await repo.findUnit(tx.tx, input.unitId);
    if (!target || !unitInScope(actor, 'duties.item.draft', target))
      throw fieldError('unitId', 'field.not_found');
    if (await repo.findItemByCode(tx.tx, input.unitId, input.kind, input.code))
      throw fieldError('code', 'field.taken');
    if (input.parentItemId) {
      const parent = await repo.findItem(tx.tx, input.parentItemId);
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
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await loadForWrite(tx, actor, id, 'duties.item.draft');
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
    const row = await loadForWrite(tx, actor, id, 'duties.item.draft');
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

const TRANSITION_AUDIT: Record<DutyItemTransitionInput['action'], AuditAction> = {
  submit: 'duty_item.submitted',
  withdraw: 'duty_item.updated',
  approve: 'duty_item.published',
  return: 'duty_item.returned',
};

/**
 * Moves the open version along DUTY_ITEM_TRANSITIONS. Approving publishes it and supersedes the
 * previously published version; returning needs a reason.
 */
export async function transitionItem(
  ctx: ServiceContext,
  id: string,
  input: DutyItemTransitionInput,
): Promise<DutyItem> {
  const actor = requireActor(ctx);
  const permission = DUTY_ITEM_ACTION_PERMISSION[input.action];
  if (!actor.permissions.has(permission)) throw forbidden();
  return inTransaction(ctx, async (tx) => {
    const row = await loadForWrite(tx, actor, id, permission);
    const open = row.open;
    const next = open ? DUTY_ITEM_TRANSITIONS[open.status][input.action] : undefined;
    if (!open || !next) throw new AppError('INVALID_TRANSITION');
    if (input.action === 'return' && !input.reason) throw fieldError('reason', 'field.required');
    const now = ctx.clock.now();
    const changes: Partial<typeof dutyItemVersion.$inferInsert> = { status: next, updatedAt: now };
    if (input.action === 'submit') Object.assign(changes, { submittedBy: actor.userId, submittedAt: now });
    if (input.action === 'return')
      Object.assign(changes, { returnReason: input.reason, reviewedBy: actor.userId, reviewedAt: now });
    if (input.action === 'approve') {
      Object.assign(changes, {
        reviewedBy: actor.userId,
        reviewedAt: now,
        publishedAt: now,
        returnReason: null,
      });
      if (row.published)
        await repo.updateVersion(tx.tx, row.published.id, { status: 'superseded', updatedAt: now });
    }
    await repo.updateVersion(tx.tx, open.id, changes);
    await repo.updateItem(tx.tx, id, {
      ...(input.action === 'approve' ? { publishedVersion: open.version } : {}),
      updatedAt: now,
    });
    await tx.audit({
      action: TRANSITION_AUDIT[input.action],
      recordType: 'duty_item',
      recordId: id,
      unitId: row.item.unitId,
      before: { version: open.version, status: open.status, publishedVersion: row.item.publishedVersion },
      after: {
        version: open.version,
        status: next,
        publishedVersion: input.action === 'approve' ? open.version : row.item.publishedVersion,
        ...(input.action === 'approve' && row.published ? { superseded: row.published.version } : {}),
        ...(input.action === 'return' ? { reason: input.reason } : {}),
      },
    });
    return reload(tx, id);
  });
}

/** Removes the open (draft or returned) version, and the item itself when it was never published. */
export async function deleteDraft(ctx: ServiceContext, id: string): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    const row = await loadForWrite(tx, actor, id, 'duties.item.draft');
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
    const target = await repo.findUnit(tx.tx, query.unitId);
    if (!target || !unitInScope(actor, 'duties.item.draft', target))
      throw fieldError('unitId', 'field.not_found');
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
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const items = (await repo.listItems(tx.tx, readScope(actor), query)).map(presentItem);
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
