import {
  COMMITMENT_DUE_SOON_WORKING_DAYS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentListQuery,
  type CommitmentProgressInput,
  type CommitmentStatus,
  type CreateCommitmentInput,
  type CreateDutyStatementInput,
  type DashboardGroup,
  DUTY_STATEMENT_WORKFLOW,
  type DutyStatement,
  type DutyStatementAction,
  type DutyStatementListQuery,
  type Page,
  type PublicCommitment,
  type PublicCommitmentQuery,
  type PublicDutyStatement,
  type PublicDutyStatementSummary,
  type PublicStatementQuery,
  type StatementComment,
  type SubmitStatementCommentInput,
  type UpdateCommitmentInput,
  type UpdateDutyStatementInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { addWorkingDays, workingDaysCounter } from '../../platform/calendar/calendar.service';
import { shanghaiDate } from '../../platform/calendar/deadline';
import {
  anonymousContext,
  inTransaction,
  requireActor,
  type ServiceContext,
  type TxContext,
} from '../../platform/context';
import { chineseDate, officialDocument } from '../../platform/documents/official-document';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { drill, type FigureArea } from '../../platform/figures';
import {
  attachFiles,
  deleteFilesOfOwners,
  filesOfOwners,
  replaceAttachments,
} from '../../platform/files/files.service';
import { notifyNextActors } from '../../platform/notifications/notifications.service';
import { findPersonRefs, findUnitRef, type UnitRef } from '../../platform/org/org.repository';
import type { ProofOfWork } from '../../platform/proof-of-work';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { applyTransition } from '../../platform/workflow';
import {
  activeCampaignIdOfUnit,
  findCampaignRef,
  findDomainRef,
  findDomainRefs,
} from '../campaign/campaign.service';
import * as repo from './statements.repository';
import {
  commitmentStatus,
  sanitiseStatementBody,
  statementPlainText,
  statementSections,
} from './statements.rules';

/** A statement, its commitments and its comments belong to the statement's unit. */
export const statementRecord = defineRecord({
  type: 'duty_statement',
  find: repo.findStatement,
  related: [{ recordType: 'commitment', via: 'statementId' }],
});
export const commitmentRecord = defineRecord({ type: 'commitment', find: repo.findCommitment });
export const commentRecord = defineRecord({ type: 'statement_comment', find: repo.findComment });

/** Attachments of a statement, and evidence of a commitment's progress, are stored under these owners. */
export const STATEMENT_FILE_OWNER = 'duty_statement';
export const PROGRESS_FILE_OWNER = 'commitment_progress';

// ---------------------------------------------------------------- presenting

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function statementAudit(s: repo.StatementRow, fileIds: string[]) {
  return {
    campaignId: s.campaignId,
    unitId: s.unitId,
    title: s.title,
    bodyLength: statementPlainText(s.body).length,
    fileIds,
  };
}

async function presentStatements(
  db: DbOrTx,
  rows: repo.StatementWithUnit[],
  viewer: string | null,
): Promise<DutyStatement[]> {
  const ids = rows.map((r) => r.statement.id);
  const [counts, files, names] = await Promise.all([
    repo.statementCounts(db, ids),
    filesOfOwners(db, STATEMENT_FILE_OWNER, ids),
    repo.accountNames(
      db,
      rows.map((r) => r.statement.signedBy),
    ),
  ]);
  return rows.map(({ statement: s, unitName }) => ({
    id: s.id,
    campaignId: s.campaignId,
    unitId: s.unitId,
    unitName,
    status: s.status,
    title: s.title,
    body: s.body,
    attachments: (files.get(s.id) ?? []).map((f) => ({ id: f.id, filename: f.filename, size: f.size })),
    signedByName: s.signedBy ? (names.get(s.signedBy) ?? null) : null,
    signedAt: iso(s.signedAt),
    returnReason: s.status === 'draft' ? s.returnReason : null,
    authoredByYou: viewer !== null && s.authorIds.includes(viewer),
    commitmentCount: counts.get(s.id)?.commitments ?? 0,
    pendingComments: counts.get(s.id)?.pending ?? 0,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    approvedAt: iso(s.approvedAt),
    publishedAt: iso(s.publishedAt),
  }));
}

/** The two dates commitment statuses are decided by, today. */
async function statusDates(db: DbOrTx, now: Date): Promise<repo.StatusDates> {
  const today = shanghaiDate(now);
  const until = await addWorkingDays(db, today, COMMITMENT_DUE_SOON_WORKING_DAYS).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING') return null;
    throw error;
  });
  // Beyond the calendar's years: a week of calendar days stands in for five working days.
  const fallback = new Date(`${today}T00:00:00Z`);
  fallback.setUTCDate(fallback.getUTCDate() + 7);
  return { today, dueSoonUntil: until?.date ?? fallback.toISOString().slice(0, 10) };
}

async function presentCommitments(
  db: DbOrTx,
  now: Date,
  rows: repo.CommitmentWithStatement[],
): Promise<Commitment[]> {
  const ids = rows.map((r) => r.commitment.id);
  const dates = await statusDates(db, now);
  const count = workingDaysCounter(db);
  const progress = await repo.progressOf(db, ids);
  const [files, names, domains] = await Promise.all([
    filesOfOwners(
      db,
      PROGRESS_FILE_OWNER,
      progress.map((p) => p.id),
    ),
    repo.accountNames(
      db,
      progress.map((p) => p.createdBy),
    ),
    findDomainRefs(db, [
      ...new Set(rows.flatMap((r) => (r.commitment.domainId ? [r.commitment.domainId] : []))),
    ]),
  ]);
  const domainTitle = new Map([...domains.values()].map((d) => [d.id, d.title]));
  return Promise.all(
    rows.map(async (r): Promise<Commitment> => {
      const c = r.commitment;
      const left = c.outcome ? null : ((await count(dates.today, c.dueDate))?.days ?? null);
      return {
        id: c.id,
        statementId: c.statementId,
        campaignId: r.campaignId,
        unitId: c.unitId,
        unitName: r.unitName,
        promise: c.promise,
        domainId: c.domainId,
        domainTitle: c.domainId ? (domainTitle.get(c.domainId) ?? null) : null,
        responsiblePersonId: c.responsiblePersonId,
        responsiblePersonName: r.responsiblePersonName,
        startDate: c.startDate,
        workingDays: c.workingDays,
        dueDate: c.dueDate,
        status: commitmentStatus(c.outcome, c.dueDate, dates.today, dates.dueSoonUntil),
        workingDaysLeft: left,
        fulfilledOn: c.outcome === 'fulfilled' ? c.decidedOn : null,
        progress: progress
          .filter((p) => p.commitmentId === c.id)
          .map((p) => ({
            id: p.id,
            kind: p.kind,
            text: p.text,
            date: p.date,
            byName: p.createdBy ? (names.get(p.createdBy) ?? null) : null,
            attachments: (files.get(p.id) ?? []).map((f) => ({
              id: f.id,
              filename: f.filename,
              size: f.size,
            })),
          })),
        statementStatus: r.statementStatus,
      };
    }),
  );
}

// ---------------------------------------------------------------- statements: reads

const viewerOf = (ctx: ServiceContext) => ctx.actor?.userId ?? null;

async function loadStatement(tx: TxContext, id: string): Promise<DutyStatement> {
  return (await presentStatements(tx.tx, [await statementRecord.reload(tx.tx, id)], viewerOf(tx)))[0]!;
}

/** A page of the statements of the units in the caller's scope, newest first. */
export async function listDutyStatements(
  ctx: ServiceContext,
  query: DutyStatementListQuery,
): Promise<Page<DutyStatement>> {
  const { limit, after, toApprove, toModerate, ...filter } = query;
  const actor = requireActor(ctx);
  const page = await repo.listStatements(
    ctx.db,
    grantScope(ctx),
    {
      ...filter,
      toApprove: toApprove
        ? { scope: Scope.of(actor, 'statement.approve'), userId: actor.userId }
        : undefined,
      toModerate: toModerate ? { scope: Scope.of(actor, 'statement.approve') } : undefined,
    },
    { limit, after },
  );
  return { ...page, items: await presentStatements(ctx.db, page.items, actor.userId) };
}

/** One statement; 404 outside the caller's scope. */
export async function getDutyStatement(ctx: ServiceContext, id: string): Promise<DutyStatement> {
  return (await presentStatements(ctx.db, [await statementRecord.loadForRead(ctx, id)], viewerOf(ctx)))[0]!;
}

// ---------------------------------------------------------------- statements: drafting

const withAuthor = (authors: string[], userId: string) =>
  authors.includes(userId) ? authors : [...authors, userId];

async function campaignOf(db: DbOrTx, asked: string | undefined, target: UnitRef) {
  const id = asked ?? (await activeCampaignIdOfUnit(db, target.path));
  const campaign = id ? await findCampaignRef(db, id) : undefined;
  if (!campaign) throw fieldError('campaignId', asked ? 'field.not_found' : 'statements.no_campaign');
  return campaign;
}

/** Drafts a statement for a unit in scope; the body is sanitised. */
export async function createDutyStatement(
  ctx: ServiceContext,
  input: CreateDutyStatementInput,
): Promise<DutyStatement> {
  return inTransaction(ctx, async (tx) => {
    const target = await requireTargetUnit(tx, input.unitId, 'unitId');
    const campaign = await campaignOf(tx.tx, input.campaignId, target);
    const actor = requireActor(tx);
    const now = tx.clock.now();
    const row = await repo.insertStatement(tx.tx, {
      campaignId: campaign.id,
      unitId: target.id,
      status: 'draft',
      title: input.title,
      body: sanitiseStatementBody(input.body),
      authorIds: [actor.userId],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      unitId: target.id,
      ownerType: STATEMENT_FILE_OWNER,
      ownerId: row.id,
    });
    await tx.audit({
      action: 'duty_statement.created',
      recordType: 'duty_statement',
      recordId: row.id,
      unitId: row.unitId,
      after: statementAudit(
        row,
        files.map((f) => f.id),
      ),
    });
    return loadStatement(tx, row.id);
  });
}

async function loadDraft(tx: TxContext, id: string) {
  const row = await statementRecord.loadForChange(tx, id);
  if (row.statement.status !== 'draft') throw new AppError('INVALID_TRANSITION');
  return row;
}

/** Edits a draft; whoever edits it becomes one of its authors (and may not approve it). */
export async function updateDutyStatement(
  ctx: ServiceContext,
  id: string,
  input: UpdateDutyStatementInput,
): Promise<DutyStatement> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, id);
    const { before: beforeFiles, after: afterFiles } = input.fileIds
      ? await replaceAttachments(tx, {
          fileIds: input.fileIds,
          unitId: row.unitId,
          ownerType: STATEMENT_FILE_OWNER,
          ownerId: id,
        })
      : await filesOfOwners(tx.tx, STATEMENT_FILE_OWNER, [id]).then((f) => {
          const ids = (f.get(id) ?? []).map((x) => x.id);
          return { before: ids, after: ids };
        });
    await repo.updateStatement(tx.tx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.body !== undefined ? { body: sanitiseStatementBody(input.body) } : {}),
      authorIds: withAuthor(row.statement.authorIds, requireActor(tx).userId),
      updatedAt: tx.clock.now(),
    });
    const after = await statementRecord.reload(tx.tx, id);
    const changed = changedFields(
      statementAudit(row.statement, beforeFiles),
      statementAudit(after.statement, afterFiles),
    );
    // An edit of the body that keeps its length still changed it: say so.
    if (row.statement.body !== after.statement.body && !('bodyLength' in changed.after)) {
      changed.before.bodyLength = statementPlainText(row.statement.body).length;
      changed.after.bodyLength = statementPlainText(after.statement.body).length;
    }
    if (Object.keys(changed.after).length > 0)
      await tx.audit({
        action: 'duty_statement.updated',
        recordType: 'duty_statement',
        recordId: id,
        unitId: row.unitId,
        ...changed,
      });
    return loadStatement(tx, id);
  });
}

/** Deletes a draft with its commitments (a statement once signed stays, with its history). */
export async function deleteDutyStatement(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, id);
    const files = ((await filesOfOwners(tx.tx, STATEMENT_FILE_OWNER, [id])).get(id) ?? []).map((f) => f.id);
    await deleteFilesOfOwners(tx, STATEMENT_FILE_OWNER, [id]);
    await repo.deleteStatement(tx.tx, id);
    await tx.audit({
      action: 'duty_statement.deleted',
      recordType: 'duty_statement',
      recordId: id,
      unitId: row.unitId,
      before: statementAudit(row.statement, files),
    });
  });
}

// ---------------------------------------------------------------- statements: the workflow

/** Tells who acts next: the approvers reaching the unit (never an author), or the authors. */
function tell(tx: TxContext, row: repo.StatementRow, kind: string, audience: 'approvers' | 'authors') {
  return notifyNextActors(tx, {
    audience,
    approvePermission: 'statement.approve',
    record: row,
    recordType: 'duty_statement',
    kind: `statements.${kind}`,
  });
}

/**
 * One step of a statement's lifecycle (409 when the table does not allow it from its status).
 * Signing needs a body; approval is refused to anyone who wrote, edited or signed it, whatever
 * roles they hold (403 STATEMENT_FOUR_EYES).
 */
export async function transitionDutyStatement(
  ctx: ServiceContext,
  id: string,
  action: DutyStatementAction,
  input: Record<string, string | null | undefined>,
): Promise<DutyStatement> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const row = await statementRecord.loadForChange(tx, id);
    const s = row.statement;
    if (action === 'submit' && s.status === 'draft' && statementPlainText(s.body) === '')
      throw fieldError('body', 'statements.body_empty');
    if (action === 'approve' && s.status === 'submitted' && s.authorIds.includes(actor.userId))
      throw new AppError('STATEMENT_FOUR_EYES');
    await applyTransition(
      tx,
      DUTY_STATEMENT_WORKFLOW,
      action,
      { id, unitId: row.unitId, status: s.status },
      input,
      async (next, text) => {
        const now = tx.clock.now();
        const base = { status: next, updatedAt: now };
        switch (action) {
          case 'submit':
            await repo.updateStatement(tx.tx, id, {
              ...base,
              signedBy: actor.userId,
              signedAt: now,
              returnReason: null,
              authorIds: withAuthor(s.authorIds, actor.userId),
            });
            return undefined;
          case 'return':
            await repo.updateStatement(tx.tx, id, {
              ...base,
              returnReason: text,
              signedBy: null,
              signedAt: null,
            });
            return undefined;
          case 'approve':
            await repo.updateStatement(tx.tx, id, { ...base, approvedBy: actor.userId, approvedAt: now });
            return undefined;
          case 'publish':
            await repo.updateStatement(tx.tx, id, { ...base, publishedAt: now });
            return undefined;
          case 'unpublish':
            await repo.updateStatement(tx.tx, id, { ...base, publishedAt: null });
            return undefined;
        }
      },
    );
    const after = (await statementRecord.reload(tx.tx, id)).statement;
    if (action === 'submit') await tell(tx, after, 'submitted', 'approvers');
    if (action === 'return') await tell(tx, after, 'returned', 'authors');
    if (action === 'approve') await tell(tx, after, 'approved', 'authors');
    if (action === 'publish') await tell(tx, after, 'published', 'authors');
    return loadStatement(tx, id);
  });
}

// ---------------------------------------------------------------- commitments

function commitmentAudit(c: repo.CommitmentRow) {
  return {
    statementId: c.statementId,
    promise: c.promise,
    domainId: c.domainId,
    responsiblePersonId: c.responsiblePersonId,
    startDate: c.startDate,
    workingDays: c.workingDays,
    dueDate: c.dueDate,
  };
}

async function loadCommitment(tx: TxContext, id: string): Promise<Commitment> {
  return (await presentCommitments(tx.tx, tx.clock.now(), [await commitmentRecord.reload(tx.tx, id)]))[0]!;
}

/** The domain must be one of the statement's campaign; the person one of the unit's (or below it). */
async function checkCommitmentRefs(
  tx: TxContext,
  statement: { campaignId: string; unitPath: string },
  input: { domainId?: string | null | undefined; responsiblePersonId?: string | null | undefined },
) {
  if (input.domainId) {
    const domain = await findDomainRef(tx.tx, input.domainId);
    if (!domain || domain.campaignId !== statement.campaignId)
      throw fieldError('domainId', 'field.not_found');
  }
  if (input.responsiblePersonId) {
    const [p] = await findPersonRefs(tx.tx, [input.responsiblePersonId]);
    const unit = p ? await findUnitRef(tx.tx, p.unitId) : undefined;
    if (!unit?.path.startsWith(statement.unitPath))
      throw fieldError('responsiblePersonId', 'statements.person_not_of_unit');
  }
}

/** The due date of `workingDays` working days from `startDate` (a field error beyond the calendar). */
async function dueDateOf(tx: TxContext, startDate: string, workingDays: number) {
  try {
    return (await addWorkingDays(tx.tx, startDate, workingDays)).date;
  } catch (error) {
    if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING')
      throw fieldError('workingDays', 'statements.beyond_calendar');
    throw error;
  }
}

/** Adds a commitment to a draft statement. */
export async function createCommitment(
  ctx: ServiceContext,
  statementId: string,
  input: CreateCommitmentInput,
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadDraft(tx, statementId);
    await checkCommitmentRefs(tx, { campaignId: row.statement.campaignId, unitPath: row.unitPath }, input);
    const startDate = input.startDate ?? shanghaiDate(tx.clock.now());
    const now = tx.clock.now();
    const created = await repo.insertCommitment(tx.tx, {
      statementId,
      unitId: row.unitId,
      promise: input.promise,
      domainId: input.domainId,
      responsiblePersonId: input.responsiblePersonId,
      startDate,
      workingDays: input.workingDays,
      dueDate: await dueDateOf(tx, startDate, input.workingDays),
      createdAt: now,
      updatedAt: now,
    });
    await repo.updateStatement(tx.tx, statementId, {
      authorIds: withAuthor(row.statement.authorIds, requireActor(tx).userId),
      updatedAt: now,
    });
    await tx.audit({
      action: 'commitment.created',
      recordType: 'commitment',
      recordId: created.id,
      unitId: row.unitId,
      after: commitmentAudit(created),
    });
    return loadCommitment(tx, created.id);
  });
}

/** A commitment whose statement is still a draft (its promise can change only then). */
async function loadDraftCommitment(tx: TxContext, id: string) {
  const row = await commitmentRecord.loadForChange(tx, id);
  if (row.statementStatus !== 'draft') throw new AppError('INVALID_TRANSITION');
  return row;
}

/** Edits a commitment of a draft statement; the due date follows its start and working days. */
export async function updateCommitment(
  ctx: ServiceContext,
  id: string,
  input: UpdateCommitmentInput,
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadDraftCommitment(tx, id);
    const statement = await statementRecord.reload(tx.tx, row.commitment.statementId);
    await checkCommitmentRefs(tx, { campaignId: row.campaignId, unitPath: statement.unitPath }, input);
    const c = row.commitment;
    const startDate = input.startDate ?? c.startDate;
    const workingDays = input.workingDays ?? c.workingDays;
    const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await repo.updateCommitment(tx.tx, id, {
      ...values,
      dueDate: await dueDateOf(tx, startDate, workingDays),
      updatedAt: tx.clock.now(),
    });
    const after = await commitmentRecord.reload(tx.tx, id);
    const changed = changedFields(commitmentAudit(c), commitmentAudit(after.commitment));
    if (Object.keys(changed.after).length > 0)
      await tx.audit({
        action: 'commitment.updated',
        recordType: 'commitment',
        recordId: id,
        unitId: row.unitId,
        ...changed,
      });
    return loadCommitment(tx, id);
  });
}

/** Removes a commitment from a draft statement. */
export async function deleteCommitment(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadDraftCommitment(tx, id);
    await repo.deleteCommitment(tx.tx, id);
    await tx.audit({
      action: 'commitment.deleted',
      recordType: 'commitment',
      recordId: id,
      unitId: row.unitId,
      before: commitmentAudit(row.commitment),
    });
  });
}

/** A commitment of a published statement, not yet decided: what the unit reports on. */
async function loadOpenCommitment(tx: TxContext, id: string) {
  const row = await commitmentRecord.loadForChange(tx, id);
  if (row.statementStatus !== 'published' || row.commitment.outcome !== null)
    throw new AppError('INVALID_TRANSITION');
  return row;
}

async function addProgress(
  tx: TxContext,
  row: repo.CommitmentWithStatement,
  kind: 'progress' | 'fulfilment' | 'not_fulfilled',
  text: string,
  fileIds: string[],
) {
  const entry = await repo.insertProgress(tx.tx, {
    commitmentId: row.commitment.id,
    kind,
    text,
    date: shanghaiDate(tx.clock.now()),
    createdBy: requireActor(tx).userId,
    createdAt: tx.clock.now(),
  });
  const files = await attachFiles(tx, {
    fileIds,
    unitId: row.unitId,
    ownerType: PROGRESS_FILE_OWNER,
    ownerId: entry.id,
  });
  return { entry, fileIds: files.map((f) => f.id) };
}

/** Reports progress on a published commitment, with evidence. */
export async function reportCommitmentProgress(
  ctx: ServiceContext,
  id: string,
  input: CommitmentProgressInput,
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadOpenCommitment(tx, id);
    const { entry, fileIds } = await addProgress(tx, row, 'progress', input.text, input.fileIds);
    await tx.audit({
      action: 'commitment.progress_reported',
      recordType: 'commitment',
      recordId: id,
      unitId: row.unitId,
      after: { kind: 'progress', text: entry.text, date: entry.date, fileIds },
    });
    return loadCommitment(tx, id);
  });
}

/** Records that a published commitment was kept (践诺), with evidence. */
export async function fulfilCommitment(
  ctx: ServiceContext,
  id: string,
  input: CommitmentProgressInput,
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadOpenCommitment(tx, id);
    const { entry, fileIds } = await addProgress(tx, row, 'fulfilment', input.text, input.fileIds);
    await repo.updateCommitment(tx.tx, id, {
      outcome: 'fulfilled',
      decidedOn: entry.date,
      updatedAt: tx.clock.now(),
    });
    await tx.audit({
      action: 'commitment.fulfilled',
      recordType: 'commitment',
      recordId: id,
      unitId: row.unitId,
      before: { status: 'open' },
      after: { status: 'fulfilled', text: entry.text, fileIds },
    });
    return loadCommitment(tx, id);
  });
}

/** The campaign office finds that a published commitment was not kept (未践诺), with the reason. */
export async function markCommitmentNotFulfilled(
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadOpenCommitment(tx, id);
    const { entry } = await addProgress(tx, row, 'not_fulfilled', reason, []);
    await repo.updateCommitment(tx.tx, id, {
      outcome: 'not_fulfilled',
      decidedOn: entry.date,
      updatedAt: tx.clock.now(),
    });
    await tx.audit({
      action: 'commitment.not_fulfilled',
      recordType: 'commitment',
      recordId: id,
      unitId: row.unitId,
      before: { status: 'open' },
      after: { status: 'not_fulfilled', reason },
    });
    return loadCommitment(tx, id);
  });
}

/** A page of the commitments of the units in the caller's scope, soonest due first. */
/**
 * The dashboard's commitment figures (承诺事项): the campaign's commitments by today's status and
 * 践诺率 (fulfilled over all), in the caller's reading scope, each counted with the filter its
 * drill-down hands `listCommitments`. Today's state, like the supervision items: the period does not cut them.
 */
export async function commitmentFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = { campaignId: area.campaignId, unitId: area.unitId ?? undefined };
  const figures: { key: string; query: Omit<CommitmentListQuery, 'limit' | 'after'> }[] = [
    { key: 'commitments.total', query: base },
    ...COMMITMENT_STATUSES.map((status) => ({
      key: `commitments.status.${status}`,
      query: { ...base, status },
    })),
  ];
  const dates = await statusDates(ctx.db, ctx.clock.now());
  const counts = await repo.countCommitmentFigures(
    ctx.db,
    grantScope(ctx),
    figures.map(({ query: { due, ...filter } }) => ({ ...filter, due: due === 'true', dates })),
  );
  const [total, ...byStatus] = figures.map((f, i) => ({
    key: f.key,
    label: null,
    value: counts[i] ?? 0,
    drill: drill('listCommitments', f.query),
  }));
  const fulfilled = byStatus[COMMITMENT_STATUSES.indexOf('fulfilled')]!;
  return [
    {
      key: 'commitments.total',
      figures: [total!, ...byStatus],
      rates: [{ key: 'commitments.fulfilmentRate', numerator: fulfilled, denominator: total! }],
    },
  ];
}

export async function listCommitments(
  ctx: ServiceContext,
  query: CommitmentListQuery,
): Promise<Page<Commitment>> {
  const { limit, after, due, ...filter } = query;
  const dates = await statusDates(ctx.db, ctx.clock.now());
  const page = await repo.listCommitments(
    ctx.db,
    grantScope(ctx),
    { ...filter, due: due === 'true', dates },
    { limit, after },
  );
  return { ...page, items: await presentCommitments(ctx.db, ctx.clock.now(), page.items) };
}

// ---------------------------------------------------------------- comments

function presentComment(c: repo.CommentRow, names: Map<string, string>): StatementComment {
  return {
    id: c.id,
    statementId: c.statementId,
    displayName: c.displayName,
    body: c.body,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    moderatedAt: iso(c.moderatedAt),
    moderatedByName: c.moderatedBy ? (names.get(c.moderatedBy) ?? null) : null,
  };
}

/** A statement's public comments, all of them, pending first. */
export async function listStatementComments(
  ctx: ServiceContext,
  statementId: string,
): Promise<{ items: StatementComment[] }> {
  await statementRecord.loadForRead(ctx, statementId);
  const rows = await repo.commentsOf(ctx.db, statementId);
  const names = await repo.accountNames(
    ctx.db,
    rows.map((r) => r.moderatedBy),
  );
  return { items: rows.map((r) => presentComment(r, names)) };
}

/** Approves a pending comment (it shows on the portal) or rejects it. */
export async function moderateStatementComment(
  ctx: ServiceContext,
  id: string,
  decision: 'approve' | 'reject',
): Promise<StatementComment> {
  return inTransaction(ctx, async (tx) => {
    const row = await commentRecord.loadForChange(tx, id);
    if (row.comment.status !== 'pending') throw new AppError('INVALID_TRANSITION');
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const updated = await repo.updateComment(tx.tx, id, {
      status,
      moderatedBy: requireActor(tx).userId,
      moderatedAt: tx.clock.now(),
    });
    await tx.audit({
      action: decision === 'approve' ? 'statement_comment.approved' : 'statement_comment.rejected',
      recordType: 'statement_comment',
      recordId: id,
      unitId: row.unitId,
      before: { status: 'pending' },
      after: { status, statementId: row.comment.statementId },
    });
    return presentComment(updated, await repo.accountNames(tx.tx, [updated.moderatedBy]));
  });
}

// ---------------------------------------------------------------- the portal

function presentPublicCommitment(
  r: repo.CommitmentWithStatement,
  dates: repo.StatusDates,
  progress: Awaited<ReturnType<typeof repo.progressOf>>,
  domainTitle: Map<string, string>,
): PublicCommitment {
  const c = r.commitment;
  return {
    id: c.id,
    statementId: c.statementId,
    unitName: r.unitName,
    promise: c.promise,
    domainTitle: c.domainId ? (domainTitle.get(c.domainId) ?? null) : null,
    responsiblePersonName: r.responsiblePersonName,
    dueDate: c.dueDate,
    status: commitmentStatus(c.outcome, c.dueDate, dates.today, dates.dueSoonUntil),
    fulfilledOn: c.outcome === 'fulfilled' ? c.decidedOn : null,
    progress: progress
      .filter((p) => p.commitmentId === c.id)
      .map((p) => ({ kind: p.kind, text: p.text, date: p.date })),
  };
}

async function publicCommitments(db: DbOrTx, now: Date, rows: repo.CommitmentWithStatement[]) {
  const dates = await statusDates(db, now);
  const progress = await repo.progressOf(
    db,
    rows.map((r) => r.commitment.id),
  );
  const domains = await findDomainRefs(db, [
    ...new Set(rows.flatMap((r) => (r.commitment.domainId ? [r.commitment.domainId] : []))),
  ]);
  const titles = new Map([...domains.values()].map((d) => [d.id, d.title]));
  return rows.map((r) => presentPublicCommitment(r, dates, progress, titles));
}

/** Published statements, newest first, with their commitments counted by status. */
export async function listPublicDutyStatements(
  ctx: ServiceContext,
  query: PublicStatementQuery,
): Promise<{ items: PublicDutyStatementSummary[]; total: number }> {
  const { rows, total } = await repo.listPublishedStatements(ctx.db, query);
  const ids = rows.map((r) => r.statement.id);
  const [dates, commitments, names] = await Promise.all([
    statusDates(ctx.db, ctx.clock.now()),
    repo.publishedCommitmentDates(ctx.db, ids),
    repo.accountNames(
      ctx.db,
      rows.map((r) => r.statement.signedBy),
    ),
  ]);
  return {
    total,
    items: rows.map(({ statement: s, unitName }) => {
      const counts = Object.fromEntries(COMMITMENT_STATUSES.map((st) => [st, 0])) as Record<
        CommitmentStatus,
        number
      >;
      for (const c of commitments.filter((c) => c.statementId === s.id))
        counts[commitmentStatus(c.outcome, c.dueDate, dates.today, dates.dueSoonUntil)] += 1;
      return {
        id: s.id,
        unitName,
        title: s.title,
        signedByName: s.signedBy ? (names.get(s.signedBy) ?? null) : null,
        publishedAt: s.publishedAt!.toISOString(),
        commitments: counts,
      };
    }),
  };
}

/** One published statement with its commitments and approved comments; 404 for any other. */
export async function getPublicDutyStatement(ctx: ServiceContext, id: string): Promise<PublicDutyStatement> {
  const row = await repo.findPublishedStatement(ctx.db, id);
  if (!row) throw notFound();
  const s = row.statement;
  const [commitments, comments, names] = await Promise.all([
    repo.commitmentsOfStatement(ctx.db, id).then((rows) => publicCommitments(ctx.db, ctx.clock.now(), rows)),
    repo.commentsOf(ctx.db, id),
    repo.accountNames(ctx.db, [s.signedBy]),
  ]);
  return {
    id: s.id,
    unitName: row.unitName,
    title: s.title,
    body: s.body,
    signedByName: s.signedBy ? (names.get(s.signedBy) ?? null) : null,
    publishedAt: s.publishedAt!.toISOString(),
    commitments,
    comments: comments
      .filter((c) => c.status === 'approved')
      .map((c) => ({
        id: c.id,
        displayName: c.displayName,
        body: c.body,
        createdAt: c.createdAt.toISOString(),
      })),
  };
}

// ---------------------------------------------------------------- the statement as .docx

/**
 * The statement as Word .docx in the official document layout (GB/T 9704-2012), for the papers
 * and television the campaign publishes it through: the unit as issuer and signature, the title,
 * the body's sections (statementSections), then 公开承诺事项 — each promise with its deadline and
 * the person responsible — dated the day it was published (a draft: today). The words are
 * Chinese whatever the caller's language: it is the unit's Chinese text.
 */
async function statementDocx(
  db: DbOrTx,
  now: Date,
  row: repo.StatementWithUnit,
): Promise<{ bytes: Buffer; name: string }> {
  const s = row.statement;
  const commitments = await publicCommitments(db, now, await repo.commitmentsOfStatement(db, s.id));
  const body = statementSections(s.body);
  if (commitments.length > 0)
    body.push({
      heading: '公开承诺事项',
      paragraphs: commitments.map(
        (c, i) =>
          `${i + 1}. ${c.promise}（完成时限：${chineseDate(c.dueDate)}${
            c.responsiblePersonName ? `；责任人：${c.responsiblePersonName}` : ''
          }）`,
      ),
    });
  const bytes = await officialDocument({
    issuer: row.unitName,
    title: s.title,
    body,
    signature: row.unitName,
    date: shanghaiDate(s.publishedAt ?? now),
  });
  const name = `${row.unitName} ${s.title}`.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 120);
  return { bytes, name: `${name}.docx` };
}

/** A statement in the caller's scope as .docx (a draft too); the download is audited. */
export async function dutyStatementDocx(
  ctx: ServiceContext,
  id: string,
): Promise<{ bytes: Buffer; name: string }> {
  return inTransaction(ctx, async (tx) => {
    const row = await statementRecord.loadForRead(tx, id, tx.tx);
    const file = await statementDocx(tx.tx, tx.clock.now(), row);
    await tx.audit({
      action: 'duty_statement.downloaded',
      recordType: 'duty_statement',
      recordId: id,
      unitId: row.unitId,
      after: { format: 'docx', status: row.statement.status },
    });
    return file;
  });
}

/** A published statement as .docx (the portal: public, not audited); 404 for any other. */
export async function publicDutyStatementDocx(
  ctx: ServiceContext,
  id: string,
): Promise<{ bytes: Buffer; name: string }> {
  const row = await repo.findPublishedStatement(ctx.db, id);
  if (!row) throw notFound();
  return statementDocx(ctx.db, ctx.clock.now(), row);
}

/** Commitments of published statements with their status, overdue first. */
export async function listPublicCommitments(
  ctx: ServiceContext,
  query: PublicCommitmentQuery,
): Promise<{ items: PublicCommitment[]; total: number }> {
  const dates = await statusDates(ctx.db, ctx.clock.now());
  const { rows, total } = await repo.listPublishedCommitments(ctx.db, query, dates);
  return { items: await publicCommitments(ctx.db, ctx.clock.now(), rows), total };
}

/**
 * A citizen's comment on a published statement, behind the proof of work: kept pending until the
 * campaign office moderates it. Nothing of the commenter but what they wrote is stored.
 */
export async function submitStatementComment(
  ctx: ServiceContext,
  statementId: string,
  input: SubmitStatementCommentInput,
  proof: ProofOfWork,
): Promise<{ status: 'pending' }> {
  if (!(await proof.verify(input.altcha, ctx.clock.now())))
    throw new AppError('PROOF_OF_WORK_INVALID', {}, [{ path: 'altcha', key: 'statements.proof_of_work' }]);
  return inTransaction(anonymousContext(ctx), async (tx) => {
    const row = await repo.findPublishedStatement(tx.tx, statementId);
    if (!row) throw notFound();
    const created = await repo.insertComment(tx.tx, {
      statementId,
      displayName: input.displayName?.trim() || '市民',
      body: input.body,
      status: 'pending',
      createdAt: tx.clock.now(),
    });
    await tx.audit({
      action: 'statement_comment.created',
      recordType: 'statement_comment',
      recordId: created.id,
      unitId: row.unitId,
      after: { statementId, bodyLength: created.body.length },
    });
    return { status: 'pending' as const };
  });
}
