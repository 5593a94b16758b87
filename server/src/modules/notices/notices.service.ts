import {
  type ComposeNoticeInput,
  type CreateNoticeInput,
  NOTICE_WORKFLOW,
  type Notice,
  type NoticeAction,
  type NoticeListQuery,
  type NoticePrefix,
  type NoticeSection,
  type NoticeSourceCandidate,
  type NoticeSourceKind,
  type Page,
  type PublicNotice,
  type PublicNoticeQuery,
  type SetNoticePrefixInput,
  type UpdateNoticeInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { changedFields } from '../../platform/audit/audit.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { documentNumber, officialDocument } from '../../platform/documents/official-document';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { notifyNextActors } from '../../platform/notifications/notifications.service';
import { findUnitRef, type UnitRef } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { activeCampaignIdOfUnit, findCampaignRef } from '../campaign/campaign.service';
import { noticeAudit, presentNotice, presentPublicNotice } from './notices.presenter';
import * as repo from './notices.repository';
import { defaultPrefix } from './notices.rules';

/** A notice belongs to its issuing unit. */
export const noticeRecord = defineRecord({ type: 'notice', find: repo.findNotice });

// ---------------------------------------------------------------- composition sources

/** What a source gives a notice composed from its records: the body, a title, how each is shown. */
export interface NoticeComposition {
  /** A title for the notice (the drafter may change it); a generic one of the kind without. */
  title?: string | undefined;
  sections: NoticeSection[];
  /** How the records are shown (codes), in the order of `ids`. */
  sourceLabels: string[];
  /** The campaign the records belong to, when they say (else the issuing unit's). */
  campaignId?: string | undefined;
}

/**
 * A kind of record notices are composed from, registered by the module that owns the records:
 * the supervision ladder's criticisms (通报批评) for `criticism`, decided cases for
 * `typical_cases`. `load` runs in the composing use case's transaction (`tx` is its context:
 * the caller, the database transaction, the clock) and reads the records as the caller may read
 * them; a record it cannot find or the caller cannot read is a field error on `sourceIds`
 * (`fieldError('sourceIds', 'field.not_found')`). `candidates` lists what the caller may pick.
 */
export interface NoticeSource {
  load(tx: TxContext, ids: readonly string[]): Promise<NoticeComposition>;
  candidates?(ctx: ServiceContext): Promise<NoticeSourceCandidate[]>;
}

const sources = new Map<NoticeSourceKind, NoticeSource>();

/**
 * Registers the source of one kind of composed notice (a module does it when it installs).
 * Notices never name the module: a kind without a source is refused on composition. Returns the
 * function that removes it again.
 */
export function registerNoticeSource(kind: NoticeSourceKind, source: NoticeSource): () => void {
  sources.set(kind, source);
  return () => {
    if (sources.get(kind) === source) sources.delete(kind);
  };
}

/** The records the caller may compose a notice of this kind from (none when no module offers them). */
export async function listNoticeSources(
  ctx: ServiceContext,
  kind: NoticeSourceKind,
): Promise<{ available: boolean; items: NoticeSourceCandidate[] }> {
  const source = sources.get(kind);
  if (!source) return { available: false, items: [] };
  return { available: true, items: (await source.candidates?.(ctx)) ?? [] };
}

// ---------------------------------------------------------------- reads

const viewerOf = (ctx: ServiceContext) => ctx.actor?.userId ?? null;

async function loadNotice(tx: TxContext, id: string): Promise<Notice> {
  return presentNotice(await noticeRecord.reload(tx.tx, id), viewerOf(tx));
}

/** A page of the notices of the issuing units in the caller's scope, newest first. */
export async function listNotices(ctx: ServiceContext, query: NoticeListQuery): Promise<Page<Notice>> {
  const { limit, after, toApprove, ...filter } = query;
  const actor = requireActor(ctx);
  const page = await repo.listNotices(
    ctx.db,
    grantScope(ctx),
    {
      ...filter,
      toApprove: toApprove ? { scope: Scope.of(actor, 'notice.approve'), userId: actor.userId } : undefined,
    },
    { limit, after },
  );
  return { ...page, items: page.items.map((row) => presentNotice(row, actor.userId)) };
}

/** One notice; 404 outside the caller's scope. */
export async function getNotice(ctx: ServiceContext, id: string): Promise<Notice> {
  return presentNotice(await noticeRecord.loadForRead(ctx, id), viewerOf(ctx));
}

// ---------------------------------------------------------------- document number prefixes

async function prefixOf(db: DbOrTx, target: UnitRef): Promise<{ prefix: string; isDefault: boolean }> {
  const set = await repo.findPrefix(db, target.id);
  if (set) return { prefix: set, isDefault: false };
  const city = await repo.rootUnitOf(db, target.path);
  return { prefix: defaultPrefix(target.name, city?.name ?? target.name), isDefault: true };
}

/** The unit asked about, which the route's permission must reach (else the field is "not found"). */
async function unitInScope(ctx: ServiceContext, db: DbOrTx, unitId: string): Promise<UnitRef> {
  const target = await findUnitRef(db, unitId);
  if (!target || !grantScope(ctx).covers(target)) throw fieldError('unitId', 'field.not_found');
  return target;
}

/** An issuing unit's 机关代字: the one set, or the one derived from the names. */
export async function getNoticePrefix(ctx: ServiceContext, unitId: string): Promise<NoticePrefix> {
  const target = await unitInScope(ctx, ctx.db, unitId);
  return { unitId, unitName: target.name, ...(await prefixOf(ctx.db, target)) };
}

/** Sets an issuing unit's 机关代字; numbers already issued keep theirs. */
export async function setNoticePrefix(
  ctx: ServiceContext,
  input: SetNoticePrefixInput,
): Promise<NoticePrefix> {
  return inTransaction(ctx, async (tx) => {
    const target = await requireTargetUnit(tx, input.unitId, 'unitId');
    const before = await prefixOf(tx.tx, target);
    await repo.upsertPrefix(tx.tx, target.id, input.prefix, tx.clock.now());
    if (before.prefix !== input.prefix || before.isDefault)
      await tx.audit({
        action: 'notice.prefix_set',
        recordType: 'notice',
        unitId: target.id,
        before: { prefix: before.isDefault ? null : before.prefix },
        after: { prefix: input.prefix },
      });
    return { unitId: target.id, unitName: target.name, prefix: input.prefix, isDefault: false };
  });
}

// ---------------------------------------------------------------- drafting

/** The campaign asked for, else the source records', else the one the issuing unit works under. */
async function campaignOf(
  db: DbOrTx,
  asked: string | undefined,
  fallback: string | undefined,
  unit: UnitRef,
) {
  const id = asked ?? fallback ?? (await activeCampaignIdOfUnit(db, unit.path));
  const campaign = id ? await findCampaignRef(db, id) : undefined;
  if (!campaign) throw fieldError('campaignId', asked ? 'field.not_found' : 'notices.no_campaign');
  return campaign;
}

interface Draft {
  campaignId: string;
  unit: UnitRef;
  kind: Notice['kind'];
  visibility: Notice['visibility'];
  issuer?: string | undefined;
  title: string;
  recipients: string;
  body: NoticeSection[];
  signature?: string | undefined;
  date?: string | null | undefined;
  cc: string[];
  sourceKind?: NoticeSourceKind | undefined;
  sourceIds?: string[] | undefined;
  sourceLabels?: string[] | undefined;
}

async function insertDraft(tx: TxContext, draft: Draft): Promise<Notice> {
  const now = tx.clock.now();
  const actor = requireActor(tx);
  const row = await repo.insertNotice(tx.tx, {
    campaignId: draft.campaignId,
    unitId: draft.unit.id,
    kind: draft.kind,
    visibility: draft.visibility,
    status: 'draft',
    issuer: draft.issuer ?? draft.unit.name,
    title: draft.title,
    recipients: draft.recipients,
    body: draft.body,
    signature: draft.signature ?? draft.unit.name,
    date: draft.date ?? null,
    cc: draft.cc,
    sourceKind: draft.sourceKind ?? null,
    sourceIds: draft.sourceIds ?? [],
    sourceLabels: draft.sourceLabels ?? [],
    authorIds: [actor.userId],
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await tx.audit({
    action: 'notice.created',
    recordType: 'notice',
    recordId: row.id,
    unitId: row.unitId,
    after: noticeAudit(row),
  });
  return loadNotice(tx, row.id);
}

/** Drafts a notice by hand (其他通报, or any kind written from scratch) for an issuing unit in scope. */
export async function createNotice(ctx: ServiceContext, input: CreateNoticeInput): Promise<Notice> {
  return inTransaction(ctx, async (tx) => {
    const unit = await requireTargetUnit(tx, input.unitId, 'unitId');
    const campaign = await campaignOf(tx.tx, input.campaignId, undefined, unit);
    return insertDraft(tx, { ...input, campaignId: campaign.id, unit });
  });
}

/** The generic title of a composed notice whose source gave none. */
const DEFAULT_TITLES: Record<NoticeSourceKind, string> = {
  typical_cases: '关于懒政怠政为官不为典型案例的通报',
  criticism: '关于督办事项逾期未办结情况的通报',
};

/**
 * Drafts a notice composed from source records of another module (the registered source of the
 * kind): its body pre-filled, the records named. The drafter edits it like any draft.
 */
export async function composeNotice(ctx: ServiceContext, input: ComposeNoticeInput): Promise<Notice> {
  const source = sources.get(input.kind);
  if (!source) throw fieldError('kind', 'notices.no_source');
  const ids = [...new Set(input.sourceIds)];
  return inTransaction(ctx, async (tx) => {
    const unit = await requireTargetUnit(tx, input.unitId, 'unitId');
    const composed = await source.load(tx, ids);
    const campaign = await campaignOf(tx.tx, input.campaignId, composed.campaignId, unit);
    return insertDraft(tx, {
      campaignId: campaign.id,
      unit,
      kind: input.kind,
      visibility: input.visibility,
      title: composed.title ?? DEFAULT_TITLES[input.kind],
      recipients: '各县（市、区）人民政府，市直各部门',
      body: composed.sections,
      cc: [],
      sourceKind: input.kind,
      sourceIds: ids,
      sourceLabels: composed.sourceLabels,
    });
  });
}

const withAuthor = (authors: string[], userId: string) =>
  authors.includes(userId) ? authors : [...authors, userId];

/** Edits a draft; whoever edits it becomes one of its authors (and may not approve it). */
export async function updateNotice(
  ctx: ServiceContext,
  id: string,
  input: UpdateNoticeInput,
): Promise<Notice> {
  return inTransaction(ctx, async (tx) => {
    const row = await noticeRecord.loadForChange(tx, id);
    if (row.notice.status !== 'draft') throw new AppError('INVALID_TRANSITION');
    const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await repo.updateNotice(tx.tx, id, {
      ...values,
      authorIds: withAuthor(row.notice.authorIds, requireActor(tx).userId),
      updatedAt: tx.clock.now(),
    });
    const after = await noticeRecord.reload(tx.tx, id);
    const changed = changedFields(noticeAudit(row.notice), noticeAudit(after.notice));
    if (Object.keys(changed.after).length > 0)
      await tx.audit({
        action: 'notice.updated',
        recordType: 'notice',
        recordId: id,
        unitId: row.unitId,
        ...changed,
      });
    return loadNotice(tx, id);
  });
}

/** Deletes a draft (a notice once submitted stays, with its history). */
export async function deleteNotice(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await noticeRecord.loadForChange(tx, id);
    if (row.notice.status !== 'draft') throw new AppError('INVALID_TRANSITION');
    await repo.deleteNotice(tx.tx, id);
    await tx.audit({
      action: 'notice.deleted',
      recordType: 'notice',
      recordId: id,
      unitId: row.unitId,
      before: noticeAudit(row.notice),
    });
  });
}

// ---------------------------------------------------------------- the workflow

/** Tells, in the transaction of the step, who acts next: the approvers (never an author), or the authors. */
function tell(
  tx: TxContext,
  row: repo.NoticeRow,
  kind: string,
  audience: 'approvers' | 'authors',
  text = '',
) {
  return notifyNextActors(tx, {
    audience,
    approvePermission: 'notice.approve',
    record: row,
    recordType: 'notice',
    kind: `notices.${kind}`,
    params: { text },
  });
}

/**
 * One step of a notice's lifecycle (409 when the table does not allow it from its status).
 * Approval is refused to anyone who drafted, edited or submitted it, whatever roles they hold
 * (403 NOTICE_FOUR_EYES). The issue assigns the document number: the unit's 机关代字, the year
 * of the issue and the unit's next number of that year (示督〔2026〕3号).
 */
export async function transitionNotice(
  ctx: ServiceContext,
  id: string,
  action: NoticeAction,
  input: Record<string, string | null | undefined>,
): Promise<Notice> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await noticeRecord.loadForChange(tx, id);
    const n = row.notice;
    if (action === 'approve' && n.status === 'submitted' && n.authorIds.includes(actor.userId))
      throw new AppError('NOTICE_FOUR_EYES');
    await applyTransition(
      tx,
      NOTICE_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: n.status },
      input,
      async (next, text) => {
        const now = tx.clock.now();
        const base = { status: next, updatedAt: now };
        switch (action) {
          case 'submit':
            await repo.updateNotice(tx.tx, id, {
              ...base,
              submittedAt: now,
              returnReason: null,
              authorIds: withAuthor(n.authorIds, actor.userId),
            });
            return undefined;
          case 'return':
            await repo.updateNotice(tx.tx, id, { ...base, returnReason: text });
            return undefined;
          case 'withdraw':
            await repo.updateNotice(tx.tx, id, { ...base, submittedAt: null });
            return undefined;
          case 'approve':
            await repo.updateNotice(tx.tx, id, { ...base, approvedBy: actor.userId, approvedAt: now });
            return undefined;
          case 'issue': {
            const today = shanghaiDate(now);
            const year = Number(today.slice(0, 4));
            const unit = (await findUnitRef(tx.tx, row.unitId))!;
            const { prefix } = await prefixOf(tx.tx, unit);
            const seq = await repo.nextNumber(tx.tx, row.unitId, year);
            const number = documentNumber(prefix, year, seq);
            const date = n.date ?? today;
            try {
              await repo.updateNotice(tx.tx, id, {
                ...base,
                documentNumber: number,
                documentYear: year,
                documentSeq: seq,
                date,
                issuedAt: now,
              });
            } catch (error) {
              // Another unit issues under the same 机关代字 and reached this number first.
              if (isUniqueViolation(error)) throw new AppError('NOTICE_NUMBER_TAKEN', { number });
              throw error;
            }
            return { after: { documentNumber: number, date } };
          }
        }
      },
    );
    const after = (await noticeRecord.reload(tx.tx, id)).notice;
    if (action === 'submit') await tell(tx, after, 'submitted', 'approvers');
    if (action === 'return') await tell(tx, after, 'returned', 'authors', after.returnReason ?? '');
    if (action === 'approve') await tell(tx, after, 'approved', 'authors');
    return loadNotice(tx, id);
  });
}

// ---------------------------------------------------------------- the official document

function docxOf(n: repo.NoticeRow, today: string): Promise<Buffer> {
  return officialDocument({
    issuer: n.issuer,
    documentNumber: n.documentNumber ?? undefined,
    title: n.title,
    recipients: n.recipients || undefined,
    body: n.body.map(function strip(s): import('../../platform/documents/official-document').DocumentSection {
      return {
        heading: s.heading ?? undefined,
        paragraphs: s.paragraphs,
        sections: s.sections?.map(strip),
      };
    }),
    signature: n.signature,
    date: n.date ?? today,
    cc: n.cc,
  });
}

/** The download name: the document number and title (草稿 before the issue). */
export function noticeFileName(n: { documentNumber: string | null; title: string }): string {
  const name = `${n.documentNumber ?? '草稿'} ${n.title}`.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 120);
  return `${name}.docx`;
}

/** The notice as Word .docx in the official layout; the download is audited (a protected document). */
export async function noticeDocx(ctx: ServiceContext, id: string): Promise<{ bytes: Buffer; name: string }> {
  return inTransaction(ctx, async (tx) => {
    const row = await noticeRecord.loadForRead(tx, id, tx.tx);
    const bytes = await docxOf(row.notice, shanghaiDate(tx.clock.now()));
    await tx.audit({
      action: 'notice.downloaded',
      recordType: 'notice',
      recordId: id,
      unitId: row.unitId,
      after: { format: 'docx', documentNumber: row.notice.documentNumber },
    });
    return { bytes, name: noticeFileName(row.notice) };
  });
}

// ---------------------------------------------------------------- the portal

/** Issued public notices, newest first (the portal: no caller, published records only). */
export async function listPublicNotices(
  ctx: ServiceContext,
  query: PublicNoticeQuery,
): Promise<{ items: PublicNotice[]; total: number }> {
  const { rows, total } = await repo.listPublished(ctx.db, query);
  return { items: rows.map(presentPublicNotice), total };
}

/** One issued public notice; 404 for any other (a draft, an internal one). */
export async function getPublicNotice(ctx: ServiceContext, id: string): Promise<PublicNotice> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  return presentPublicNotice(row);
}

/** One issued public notice as .docx (public: not audited). */
export async function publicNoticeDocx(
  ctx: ServiceContext,
  id: string,
): Promise<{ bytes: Buffer; name: string }> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  return { bytes: await docxOf(row, row.date ?? ''), name: noticeFileName(row) };
}
