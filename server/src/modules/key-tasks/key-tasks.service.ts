import type {
  CreateKeyTaskInput,
  KeyTask,
  KeyTaskDetail,
  KeyTaskListQuery,
  KeyTaskProgress,
  ReportKeyTaskProgressInput,
  UpdateKeyTaskInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import { changedFields } from '../../platform/audit/audit.service';
import { isWorkingDay, workingDaysBetween } from '../../platform/calendar/calendar.service';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, type FieldIssue, fieldError } from '../../platform/errors';
import { attachFiles, deleteFilesOfOwners, filesOfOwners } from '../../platform/files/files.service';
import { findPersonRefs } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { findCampaignRef, findDomainRef, findDomainRefs } from '../campaign/campaign.service';
import { deriveKeyTaskStatus, rollUpProgress, shanghaiDate } from './key-task-status';
import { keyTaskAudit, presentKeyTask, presentProgress } from './key-tasks.presenter';
import * as repo from './key-tasks.repository';

/** A key task belongs to its responsible unit. */
export const keyTaskRecord = defineRecord({ type: 'key_task', find: repo.findTask });

/** Evidence files of progress updates are attached under this owner type. */
export const PROGRESS_FILE_OWNER = 'key_task_progress';

/** Working days left until each due date, computed once per date; null when the calendar lacks the year. */
function workingDaysCounter(db: DbOrTx, today: string) {
  const cache = new Map<string, Promise<number | null>>();
  return (dueDate: string) => {
    let left = cache.get(dueDate);
    if (!left) {
      left = workingDaysBetween(db, today, dueDate).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING') return null;
        throw error;
      });
      cache.set(dueDate, left);
    }
    return left;
  };
}

/** Presents tasks with their persons and derived status (one query for the persons). */
async function presentTasks(db: DbOrTx, now: Date, rows: repo.TaskWithNames[]): Promise<KeyTask[]> {
  const persons = await repo.personsOfTasks(
    db,
    rows.map((r) => r.task.id),
  );
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.task.domainId ? [r.task.domainId] : [])),
  );
  const today = shanghaiDate(now);
  const daysLeft = workingDaysCounter(db, today);
  const out: KeyTask[] = [];
  // Sequential: PGlite has one connection, and the counter caches repeated dates anyway.
  for (const row of rows) {
    const completed = row.task.progress >= 100;
    const workingDaysLeft = completed ? null : await daysLeft(row.task.dueDate);
    const status = deriveKeyTaskStatus({
      progress: row.task.progress,
      dueDate: row.task.dueDate,
      today,
      workingDaysLeft,
    });
    out.push(
      presentKeyTask(
        row,
        (row.task.domainId && domains.get(row.task.domainId)?.title) || null,
        persons.filter((p) => p.taskId === row.task.id).map((p) => ({ id: p.id, name: p.name })),
        { status, workingDaysLeft },
      ),
    );
  }
  return out;
}

async function loadTask(db: DbOrTx, now: Date, id: string): Promise<KeyTask> {
  return (await presentTasks(db, now, [await keyTaskRecord.reload(db, id)]))[0]!;
}

async function assertPersonsOfUnit(db: DbOrTx, personIds: string[], unitId: string) {
  const found = new Map((await findPersonRefs(db, personIds)).map((p) => [p.id, p.unitId]));
  const issues: FieldIssue[] = personIds.flatMap((id, i) =>
    found.get(id) === unitId ? [] : [{ path: `responsiblePersonIds.${i}`, key: 'field.not_found' }],
  );
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
}

async function assertDomainOfCampaign(db: DbOrTx, domainId: string | null | undefined, campaignId: string) {
  if (!domainId) return;
  const domain = await findDomainRef(db, domainId);
  if (!domain || domain.campaignId !== campaignId) throw fieldError('domainId', 'field.not_found');
}

/** Recomputes the stored progress of the ancestors of a task from their children. */
async function rollUp(tx: TxContext, parentId: string | null) {
  let id = parentId;
  const now = tx.clock.now();
  while (id) {
    const progress = rollUpProgress(await repo.childProgress(tx.tx, id));
    const parent = await repo.findTask(tx.tx, id, Scope.unrestricted('reload'));
    if (!parent) return;
    await repo.updateTask(tx.tx, id, {
      progress,
      completedAt: progress >= 100 ? (parent.task.completedAt ?? now) : null,
      updatedAt: now,
    });
    id = parent.task.parentId;
  }
}

// ---------------------------------------------------------------- reads

/** Key tasks in the caller's scope with derived status (filterable by it). */
export async function listKeyTasks(ctx: ServiceContext, filter: KeyTaskListQuery): Promise<KeyTask[]> {
  const rows = await repo.listTasks(ctx.db, grantScope(ctx), filter);
  const tasks = await presentTasks(ctx.db, ctx.clock.now(), rows);
  return filter.status ? tasks.filter((t) => t.status === filter.status) : tasks;
}

/** One task with its sub-tasks and progress updates (with evidence files); 404 outside scope. */
export async function getKeyTask(ctx: ServiceContext, id: string): Promise<KeyTaskDetail> {
  const row = await keyTaskRecord.loadForRead(ctx, id);
  const now = ctx.clock.now();
  const [task] = await presentTasks(ctx.db, now, [row]);
  const children = await presentTasks(
    ctx.db,
    now,
    await repo.listTasks(ctx.db, grantScope(ctx), { parentId: id }),
  );
  const updates = await repo.listProgress(ctx.db, id);
  const files = await filesOfOwners(
    ctx.db,
    PROGRESS_FILE_OWNER,
    updates.map((u) => u.progress.id),
  );
  return {
    task: task!,
    children,
    updates: updates.map((u) => presentProgress(u, files.get(u.progress.id) ?? [])),
  };
}

// ---------------------------------------------------------------- changes

/** Creates a key task (三个清单) for a unit in the caller's scope; its persons must belong to the unit. */
export async function createKeyTask(ctx: ServiceContext, input: CreateKeyTaskInput): Promise<KeyTask> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    if (!(await findCampaignRef(tx.tx, input.campaignId))) throw fieldError('campaignId', 'field.not_found');
    await assertDomainOfCampaign(tx.tx, input.domainId, input.campaignId);
    await requireTargetUnit(tx, input.unitId, 'unitId');
    if (input.parentId) {
      const parent = await repo.findTask(
        tx.tx,
        input.parentId,
        Scope.of(actor, keyTaskRecord.readPermission),
      );
      if (!parent || parent.task.campaignId !== input.campaignId)
        throw fieldError('parentId', 'field.not_found');
    }
    await assertPersonsOfUnit(tx.tx, input.responsiblePersonIds, input.unitId);
    // Refuses a deadline in a year the working-day calendar does not know (422 CALENDAR_YEAR_MISSING).
    await isWorkingDay(tx.tx, input.dueDate);
    const now = ctx.clock.now();
    const created = await repo.insertTask(tx.tx, {
      campaignId: input.campaignId,
      domainId: input.domainId ?? null,
      unitId: input.unitId,
      parentId: input.parentId ?? null,
      title: input.title,
      target: input.target,
      dueDate: input.dueDate,
      progress: 0,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePersons(tx.tx, created.id, input.responsiblePersonIds);
    await rollUp(tx, created.parentId);
    const view = await loadTask(tx.tx, now, created.id);
    await tx.audit({
      action: 'key_task.created',
      recordType: 'key_task',
      recordId: created.id,
      unitId: created.unitId,
      after: keyTaskAudit(view),
    });
    return view;
  });
}

/** Edits a task's title, target, deadline, domain or responsible persons. */
export async function updateKeyTask(
  ctx: ServiceContext,
  id: string,
  input: UpdateKeyTaskInput,
): Promise<KeyTask> {
  return inTransaction(ctx, async (tx) => {
    const row = await keyTaskRecord.loadForChange(tx, id);
    const now = ctx.clock.now();
    const before = await loadTask(tx.tx, now, id);
    if (input.domainId !== undefined)
      await assertDomainOfCampaign(tx.tx, input.domainId, row.task.campaignId);
    if (input.responsiblePersonIds)
      await assertPersonsOfUnit(tx.tx, input.responsiblePersonIds, row.task.unitId);
    if (input.dueDate) await isWorkingDay(tx.tx, input.dueDate);
    const { responsiblePersonIds, domainId, ...fields } = input;
    await repo.updateTask(tx.tx, id, {
      ...fields,
      ...(domainId !== undefined ? { domainId: domainId ?? null } : {}),
      updatedAt: now,
    });
    if (responsiblePersonIds) await repo.replacePersons(tx.tx, id, responsiblePersonIds);
    const after = await loadTask(tx.tx, now, id);
    const diff = changedFields(keyTaskAudit(before), keyTaskAudit(after));
    await tx.audit({
      action: 'key_task.updated',
      recordType: 'key_task',
      recordId: id,
      unitId: row.task.unitId,
      ...diff,
    });
    return after;
  });
}

/** Deletes a task without sub-tasks, with its progress updates and their evidence files. */
export async function deleteKeyTask(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await keyTaskRecord.loadForChange(tx, id);
    if ((await repo.childProgress(tx.tx, id)).length > 0) throw new AppError('CONFLICT');
    const before = await loadTask(tx.tx, ctx.clock.now(), id);
    await deleteFilesOfOwners(tx, PROGRESS_FILE_OWNER, await repo.progressIdsOfTask(tx.tx, id));
    await repo.deleteTask(tx.tx, id);
    await rollUp(tx, row.task.parentId);
    await tx.audit({
      action: 'key_task.deleted',
      recordType: 'key_task',
      recordId: id,
      unitId: row.task.unitId,
      before: keyTaskAudit(before),
    });
  });
}

/**
 * Records progress (percent, note, evidence files of the task's unit, not yet attached) on a task
 * without sub-tasks; the parents' progress is rolled up.
 */
export async function reportProgress(
  ctx: ServiceContext,
  id: string,
  input: ReportKeyTaskProgressInput,
): Promise<KeyTaskProgress> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await keyTaskRecord.loadForChange(tx, id);
    if ((await repo.childProgress(tx.tx, id)).length > 0)
      throw fieldError('percent', 'keyTasks.has_children');
    const now = ctx.clock.now();
    const progress = await repo.insertProgress(tx.tx, {
      taskId: id,
      unitId: row.task.unitId,
      percent: input.percent,
      note: input.note,
      reportedBy: actor.userId,
      reportedAt: now,
    });
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      unitId: row.task.unitId,
      ownerType: PROGRESS_FILE_OWNER,
      ownerId: progress.id,
    });
    await repo.updateTask(tx.tx, id, {
      progress: input.percent,
      completedAt: input.percent >= 100 ? (row.task.completedAt ?? now) : null,
      updatedAt: now,
    });
    await rollUp(tx, row.task.parentId);
    await tx.audit({
      action: 'key_task.progress_reported',
      recordType: 'key_task',
      recordId: id,
      unitId: row.task.unitId,
      before: { progress: row.task.progress },
      after: {
        progress: input.percent,
        progressId: progress.id,
        note: input.note,
        fileIds: files.map((f) => f.id),
      },
    });
    return presentProgress({ progress, reporterName: actor.personName }, files);
  });
}
