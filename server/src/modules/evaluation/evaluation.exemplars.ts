import {
  type CreateExemplarInput,
  EXEMPLAR_WORKFLOW,
  type Exemplar,
  type ExemplarAction,
  type ExemplarListQuery,
  type Page,
  type PublicExemplar,
  type UpdateExemplarInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, fieldError } from '../../platform/errors';
import {
  attachFiles,
  deleteFilesOfOwners,
  filesOfOwners,
  replaceAttachments,
} from '../../platform/files/files.service';
import { findPersonRefs, findUnitRef } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import { activeCampaignIdOfUnit, findCampaignRef } from '../campaign/campaign.service';
import * as repo from './evaluation.repository';

/**
 * 先进典型: a unit nominates one of its own (a unit of its tree, or a person of it) with the
 * citation and evidence; the campaign office reviews it — never whoever nominated or edited it —
 * and publishes it on the portal.
 */
export const exemplarRecord = defineRecord({ type: 'exemplar', find: repo.findExemplar });

export const EXEMPLAR_FILE_OWNER = 'exemplar';

function exemplarAudit(e: repo.ExemplarRow, fileIds: string[]) {
  return {
    campaignId: e.campaignId,
    unitId: e.unitId,
    kind: e.kind,
    nomineeUnitId: e.nomineeUnitId,
    nomineePersonId: e.nomineePersonId,
    title: e.title,
    citation: e.citation,
    fileIds,
  };
}

async function presentExemplars(
  db: DbOrTx,
  rows: repo.ExemplarWithUnit[],
  viewer: string | null,
): Promise<Exemplar[]> {
  const files = await filesOfOwners(
    db,
    EXEMPLAR_FILE_OWNER,
    rows.map((r) => r.exemplar.id),
  );
  return rows.map(({ exemplar: e, unitName }) => ({
    id: e.id,
    campaignId: e.campaignId,
    unitId: e.unitId,
    unitName,
    kind: e.kind,
    nomineeUnitId: e.nomineeUnitId,
    nomineePersonId: e.nomineePersonId,
    nomineeName: e.nomineeName,
    title: e.title,
    citation: e.citation,
    status: e.status,
    reviewNote: e.reviewNote,
    attachments: (files.get(e.id) ?? []).map((f) => ({ id: f.id, filename: f.filename, size: f.size })),
    nominatedByYou: viewer !== null && e.authorIds.includes(viewer),
    createdAt: e.createdAt.toISOString(),
    publishedAt: e.publishedAt ? e.publishedAt.toISOString() : null,
  }));
}

const viewerOf = (ctx: ServiceContext) => ctx.actor?.userId ?? null;

async function loadExemplar(tx: TxContext, id: string) {
  return (await presentExemplars(tx.tx, [await exemplarRecord.reload(tx.tx, id)], viewerOf(tx)))[0]!;
}

export async function listExemplars(ctx: ServiceContext, query: ExemplarListQuery): Promise<Page<Exemplar>> {
  const { limit, after, toReview, ...filter } = query;
  const actor = requireActor(ctx);
  const page = await repo.listExemplars(
    ctx.db,
    grantScope(ctx),
    {
      ...filter,
      toReview: toReview ? { scope: Scope.of(actor, 'evaluation.manage'), userId: actor.userId } : undefined,
    },
    { limit, after },
  );
  return { ...page, items: await presentExemplars(ctx.db, page.items, actor.userId) };
}

export async function getExemplar(ctx: ServiceContext, id: string): Promise<Exemplar> {
  return (await presentExemplars(ctx.db, [await exemplarRecord.loadForRead(ctx, id)], viewerOf(ctx)))[0]!;
}

/** The nominee: a unit of the nominating unit's tree, or a person of it; its name as published. */
async function nomineeOf(
  tx: TxContext,
  nominatorPath: string,
  input: { kind: 'unit' | 'person'; nomineeUnitId: string | null; nomineePersonId: string | null },
) {
  if (input.kind === 'unit') {
    const unit = input.nomineeUnitId ? await findUnitRef(tx.tx, input.nomineeUnitId) : undefined;
    if (!unit?.path.startsWith(nominatorPath))
      throw fieldError('nomineeUnitId', 'evaluation.nominee_not_of_unit');
    return { nomineeUnitId: unit.id, nomineePersonId: null, nomineeName: unit.name };
  }
  const [p] = input.nomineePersonId ? await findPersonRefs(tx.tx, [input.nomineePersonId]) : [];
  const unit = p ? await findUnitRef(tx.tx, p.unitId) : undefined;
  if (!p || !unit?.path.startsWith(nominatorPath))
    throw fieldError('nomineePersonId', 'evaluation.nominee_not_of_unit');
  return { nomineeUnitId: unit.id, nomineePersonId: p.id, nomineeName: `${p.name}（${unit.name}）` };
}

export async function createExemplar(ctx: ServiceContext, input: CreateExemplarInput): Promise<Exemplar> {
  return inTransaction(ctx, async (tx) => {
    const nominator = await requireTargetUnit(tx, input.unitId, 'unitId');
    const campaignId = input.campaignId ?? (await activeCampaignIdOfUnit(tx.tx, nominator.path));
    const campaign = campaignId ? await findCampaignRef(tx.tx, campaignId) : undefined;
    if (!campaign)
      throw fieldError('campaignId', input.campaignId ? 'field.not_found' : 'evaluation.no_campaign');
    const nominee = await nomineeOf(tx, nominator.path, input);
    const actor = requireActor(tx);
    const now = tx.clock.now();
    const row = await repo.insertExemplar(tx.tx, {
      campaignId: campaign.id,
      unitId: nominator.id,
      kind: input.kind,
      ...nominee,
      title: input.title,
      citation: input.citation,
      status: 'nominated',
      authorIds: [actor.userId],
      createdAt: now,
      updatedAt: now,
    });
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      unitId: nominator.id,
      ownerType: EXEMPLAR_FILE_OWNER,
      ownerId: row.id,
    });
    await tx.audit({
      action: 'exemplar.created',
      recordType: 'exemplar',
      recordId: row.id,
      unitId: row.unitId,
      after: exemplarAudit(
        row,
        files.map((f) => f.id),
      ),
    });
    return loadExemplar(tx, row.id);
  });
}

async function loadNominated(tx: TxContext, id: string) {
  const row = await exemplarRecord.loadForChange(tx, id);
  if (row.exemplar.status !== 'nominated') throw new AppError('INVALID_TRANSITION');
  return row;
}

export async function updateExemplar(
  ctx: ServiceContext,
  id: string,
  input: UpdateExemplarInput,
): Promise<Exemplar> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNominated(tx, id);
    const files = input.fileIds
      ? await replaceAttachments(tx, {
          fileIds: input.fileIds,
          unitId: row.unitId,
          ownerType: EXEMPLAR_FILE_OWNER,
          ownerId: id,
        })
      : await filesOfOwners(tx.tx, EXEMPLAR_FILE_OWNER, [id]).then((f) => {
          const ids = (f.get(id) ?? []).map((x) => x.id);
          return { before: ids, after: ids };
        });
    const userId = requireActor(tx).userId;
    await repo.updateExemplar(tx.tx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.citation !== undefined ? { citation: input.citation } : {}),
      authorIds: row.exemplar.authorIds.includes(userId)
        ? row.exemplar.authorIds
        : [...row.exemplar.authorIds, userId],
      updatedAt: tx.clock.now(),
    });
    const after = (await exemplarRecord.reload(tx.tx, id)).exemplar;
    const changed = changedFields(
      exemplarAudit(row.exemplar, files.before),
      exemplarAudit(after, files.after),
    );
    if (Object.keys(changed.after).length > 0)
      await tx.audit({
        action: 'exemplar.updated',
        recordType: 'exemplar',
        recordId: id,
        unitId: row.unitId,
        ...changed,
      });
    return loadExemplar(tx, id);
  });
}

export async function deleteExemplar(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadNominated(tx, id);
    const files = ((await filesOfOwners(tx.tx, EXEMPLAR_FILE_OWNER, [id])).get(id) ?? []).map((f) => f.id);
    await deleteFilesOfOwners(tx, EXEMPLAR_FILE_OWNER, [id]);
    await repo.deleteExemplar(tx.tx, id);
    await tx.audit({
      action: 'exemplar.deleted',
      recordType: 'exemplar',
      recordId: id,
      unitId: row.unitId,
      before: exemplarAudit(row.exemplar, files),
    });
  });
}

/** Review and publication; whoever nominated or edited a nomination does not review it (403). */
export async function transitionExemplar(
  ctx: ServiceContext,
  id: string,
  action: ExemplarAction,
  input: Record<string, string | null | undefined>,
): Promise<Exemplar> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await exemplarRecord.loadForChange(tx, id);
    const e = row.exemplar;
    if (
      (action === 'approve' || action === 'reject') &&
      e.status === 'nominated' &&
      e.authorIds.includes(actor.userId)
    )
      throw new AppError('EXEMPLAR_FOUR_EYES');
    await applyTransition(
      tx,
      EXEMPLAR_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: e.status },
      input,
      async (next, text) => {
        const now = tx.clock.now();
        await repo.updateExemplar(tx.tx, id, {
          status: next,
          updatedAt: now,
          ...(action === 'publish' ? { publishedAt: now } : { reviewedBy: actor.userId, reviewNote: text }),
        });
        return undefined;
      },
    );
    return loadExemplar(tx, id);
  });
}

export async function listPublicExemplars(
  ctx: ServiceContext,
  query: { limit: number; offset: number },
): Promise<{ items: PublicExemplar[]; total: number }> {
  const { rows, total } = await repo.listPublishedExemplars(ctx.db, query);
  return {
    total,
    items: rows.map(({ exemplar: e, unitName }) => ({
      id: e.id,
      kind: e.kind,
      nomineeName: e.nomineeName,
      unitName,
      title: e.title,
      citation: e.citation,
      publishedAt: e.publishedAt!.toISOString(),
    })),
  };
}
