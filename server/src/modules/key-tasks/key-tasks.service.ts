import {
  type CreateKeyTaskInput,
  type DashboardGroup,
  type ExtensionRequest,
  KEY_TASK_EXTENSION_WORKFLOW,
  KEY_TASK_STATUSES,
  type KeyTask,
  type KeyTaskDetail,
  type KeyTaskExtensionAction,
  type KeyTaskListQuery,
  type KeyTaskProgress,
  type Page,
  type ReportKeyTaskProgressInput,
  type RequestExtensionInput,
  type UpdateKeyTaskInput,
} from '@zeren/contracts';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { changedFields } from '../../platform/audit/audit.service';
import {
  addWorkingDays,
  provisionalYear,
  workingDaysCounter,
} from '../../platform/calendar/calendar.service';
import { resolveDeadline, shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../../platform/context';
import { AppError, type FieldIssue, fieldError } from '../../platform/errors';
import {
  decideExtension,
  defineExtensionRecord,
  deleteExtensionsOf,
  extensionsOf,
  openSubjectsDecidedIn,
  requestExtension,
} from '../../platform/extensions/extension.service';
import { drill, type FigureArea } from '../../platform/figures';
import { attachFiles, deleteFilesOfOwners, filesOfOwners } from '../../platform/files/files.service';
import type { MonthArea } from '../../platform/month-area';
import { findPersonRefs } from '../../platform/org/org.repository';
import { defineRecord, requireTargetUnit } from '../../platform/records';
import { grantScope, Scope } from '../../platform/scope';
import { findCampaignRef, findDomainRef, findDomainRefs } from '../campaign/campaign.service';
import { addCalendarDays, deriveKeyTaskStatus, rollUpProgress } from './key-task-status';
import { keyTaskAudit, presentKeyTask, presentProgress } from './key-tasks.presenter';
import * as repo from './key-tasks.repository';

/** A key task belongs to its responsible unit; its history includes its extension requests. */
export const keyTaskRecord = defineRecord({
  type: 'key_task',
  find: repo.findTask,
  related: [{ recordType: 'key_task_extension', via: 'subjectId' }],
});

/** Extension requests of key tasks, decided within the scope of the unit that set the deadline. */
export const keyTaskExtensionRecord = defineExtensionRecord('key_task_extension', 'key_task');

/**
 * The task, its target and its deadline belong to the unit that set them: another unit (the
 * responsible one, when a superior set them) may not change them, nor delete the task; it asks
 * for an extension.
 */
function assertSetterReached(tx: TxContext, row: repo.TaskWithNames, field: string): void {
  if (!grantScope(tx).covers({ id: row.task.setByUnitId, path: row.setByUnitPath }))
    throw new AppError('FORBIDDEN', {}, [
      { path: field, key: 'keyTasks.set_by_superior', params: { unit: row.setByUnitName } },
    ]);
}

/** Evidence files of progress updates are attached under this owner type. */
export const PROGRESS_FILE_OWNER = 'key_task_progress';

/**
 * Presents tasks with their persons and derived status (one query for the persons), and whether
 * `actor` may change each task itself (it manages tasks for the unit that set it).
 */
async function presentTasks(
  db: DbOrTx,
  now: Date,
  rows: repo.TaskWithNames[],
  actor: Actor | null,
): Promise<KeyTask[]> {
  const manages = actor ? Scope.of(actor, 'keyTask.manage') : null;
  const persons = await repo.personsOfTasks(
    db,
    rows.map((r) => r.task.id),
  );
  const domains = await findDomainRefs(
    db,
    rows.flatMap((r) => (r.task.domainId ? [r.task.domainId] : [])),
  );
  const today = shanghaiDate(now);
  const count = workingDaysCounter(db);
  const provisional = await provisionalYear(db);
  const out: KeyTask[] = [];
  // Sequential: PGlite has one connection, and the counter caches repeated dates anyway.
  for (const row of rows) {
    const completedOn = row.task.completedAt ? shanghaiDate(row.task.completedAt) : null;
    const completed = row.task.progress >= 100;
    const workingDaysLeft = completed ? null : ((await count(today, row.task.dueDate))?.days ?? null);
    // Completed after the due date: late by the working days after it, up to the completion day.
    const workingDaysLate =
      completed && completedOn && completedOn > row.task.dueDate
        ? ((await count(row.task.dueDate, completedOn))?.days ?? null)
        : null;
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
        {
          status,
          workingDaysLeft,
          dueDateProvisional: Number(row.task.dueDate.slice(0, 4)) === provisional,
          completedLate: completed && completedOn !== null && completedOn > row.task.dueDate,
          workingDaysLate,
          deadlineOwned: manages?.covers({ id: row.task.setByUnitId, path: row.setByUnitPath }) ?? false,
        },
      ),
    );
  }
  return out;
}

async function loadTask(tx: TxContext, id: string): Promise<KeyTask> {
  return (await presentTasks(tx.tx, tx.clock.now(), [await keyTaskRecord.reload(tx.tx, id)], tx.actor))[0]!;
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

/**
 * After the calendar changed for `years`: every open task whose deadline was counted on working
 * days through those years is counted again; a moved deadline is recorded in the task's history.
 */
export async function recomputeDeadlines(tx: TxContext, years: number[]): Promise<number> {
  let moved = 0;
  for (const task of await repo.tasksCountedThrough(tx.tx, Math.min(...years), Math.max(...years))) {
    const { date } = await addWorkingDays(tx.tx, task.dueBasisFrom!, task.dueBasisDays!);
    if (date === task.dueDate) continue;
    await repo.updateTask(tx.tx, task.id, { dueDate: date, updatedAt: tx.clock.now() });
    await tx.audit({
      action: 'key_task.deadline_recomputed',
      recordType: 'key_task',
      recordId: task.id,
      unitId: task.unitId,
      before: { dueDate: task.dueDate },
      after: { dueDate: date },
    });
    moved += 1;
  }
  return moved;
}

// ---------------------------------------------------------------- reads

/** Key tasks in the caller's scope with derived status (filterable by it). */
/**
 * The last due date that is still "due soon" today: deriveKeyTaskStatus day by day from today,
 * so the list's status filter in SQL and the status each task shows cannot disagree.
 */
async function dueSoonUntil(db: DbOrTx, today: string): Promise<string> {
  const count = workingDaysCounter(db);
  let last = today;
  for (let day = 1; day <= 60; day += 1) {
    const date = addCalendarDays(today, day);
    const workingDaysLeft = (await count(today, date))?.days ?? null;
    if (deriveKeyTaskStatus({ progress: 0, dueDate: date, today, workingDaysLeft }) !== 'due_soon') break;
    last = date;
  }
  return last;
}

export async function listKeyTasks(ctx: ServiceContext, query: KeyTaskListQuery): Promise<Page<KeyTask>> {
  const { limit, after, status, pendingExtension, ...filter } = query;
  // Waiting for the caller's decision: requests whose deciding unit the caller manages tasks for.
  const ids = pendingExtension
    ? await openSubjectsDecidedIn(ctx.db, 'key_task', Scope.of(requireActor(ctx), 'keyTask.manage'))
    : undefined;
  const today = shanghaiDate(ctx.clock.now());
  const window = status ? { status, today, dueSoonUntil: await dueSoonUntil(ctx.db, today) } : undefined;
  const page = await repo.listTasks(
    ctx.db,
    grantScope(ctx),
    { ...filter, ids, status: window },
    { limit, after },
  );
  return { ...page, items: await presentTasks(ctx.db, ctx.clock.now(), page.items, ctx.actor) };
}

/**
 * The dashboard's key-task figures (三个清单): the campaign's tasks by today's status and the
 * completion rate, and per domain its tasks and how many are completed (阶段进展), in the
 * caller's reading scope — each counted with the filter its drill-down hands `listKeyTasks`.
 * Today's state, like the supervision items: the period does not cut them.
 */
export async function keyTaskFigures(ctx: ServiceContext, area: FigureArea): Promise<DashboardGroup[]> {
  const base = { campaignId: area.campaignId, unitId: area.unitId ?? undefined };
  const domainIds = await repo.domainsOfTasks(ctx.db, grantScope(ctx), area.campaignId, area.unitId);
  const domains = await findDomainRefs(ctx.db, domainIds);
  const ordered = [...domains.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  const figures: { key: string; query: Omit<KeyTaskListQuery, 'limit' | 'after'>; label?: string }[] = [
    { key: 'keyTasks.total', query: base },
    ...KEY_TASK_STATUSES.map((status) => ({ key: `keyTasks.status.${status}`, query: { ...base, status } })),
    ...ordered.flatMap((d) => [
      { key: `keyTasks.domain.${d.id}`, query: { ...base, domainId: d.id }, label: d.title },
      {
        key: `keyTasks.domainCompleted.${d.id}`,
        query: { ...base, domainId: d.id, status: 'completed' as const },
        label: d.title,
      },
    ]),
  ];
  const today = shanghaiDate(ctx.clock.now());
  const until = await dueSoonUntil(ctx.db, today);
  const counts = await repo.countTaskFigures(
    ctx.db,
    grantScope(ctx),
    figures.map(({ query: { status, ...filter } }) => ({
      ...filter,
      status: status ? { status, today, dueSoonUntil: until } : undefined,
    })),
  );
  const [total, ...rest] = figures.map((f, i) => ({
    key: f.key,
    label: f.label ?? null,
    value: counts[i] ?? 0,
    drill: drill('listKeyTasks', f.query),
  }));
  const byStatus = rest.slice(0, KEY_TASK_STATUSES.length);
  const byDomain = rest.slice(KEY_TASK_STATUSES.length);
  const completed = byStatus[KEY_TASK_STATUSES.indexOf('completed')]!;
  return [
    {
      key: 'keyTasks.total',
      figures: [total!, ...byStatus],
      rates: [{ key: 'keyTasks.completionRate', numerator: completed, denominator: total! }],
    },
    {
      key: 'keyTasks.byDomain',
      figures: byDomain.filter((_, i) => i % 2 === 0),
      rates: ordered.map((d, i) => ({
        key: `keyTasks.domainRate.${d.id}`,
        numerator: byDomain[2 * i + 1]!,
        denominator: byDomain[2 * i]!,
      })),
    },
  ];
}

/** One task with its sub-tasks and progress updates (with evidence files); 404 outside scope. */
export async function getKeyTask(ctx: ServiceContext, id: string): Promise<KeyTaskDetail> {
  const row = await keyTaskRecord.loadForRead(ctx, id);
  const now = ctx.clock.now();
  const [task] = await presentTasks(ctx.db, now, [row], ctx.actor);
  const children = await presentTasks(
    ctx.db,
    now,
    await repo.listChildTasks(ctx.db, Scope.of(requireActor(ctx), keyTaskRecord.readPermission), id),
    ctx.actor,
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
    extensions: await extensionsOf(ctx.db, 'key_task', id),
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
    const now = ctx.clock.now();
    const deadline = await resolveDeadline(tx.tx, now, input);
    const created = await repo.insertTask(tx.tx, {
      campaignId: input.campaignId,
      domainId: input.domainId ?? null,
      unitId: input.unitId,
      parentId: input.parentId ?? null,
      title: input.title,
      target: input.target,
      ...deadline,
      // The creator's unit set the deadline and target.
      setByUnitId: actor.unitId,
      progress: 0,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePersons(tx.tx, created.id, input.responsiblePersonIds);
    await rollUp(tx, created.parentId);
    const view = await loadTask(tx, created.id);
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
    const before = await loadTask(tx, id);
    const deadline =
      input.dueDate !== undefined || input.dueWorkingDays !== undefined
        ? await resolveDeadline(tx.tx, now, input)
        : undefined;
    // The task itself — what, by when, under which domain — is the setter's; the unit assigns its people.
    if (deadline && deadline.dueDate !== before.dueDate) assertSetterReached(tx, row, 'dueDate');
    for (const field of ['title', 'target', 'domainId'] as const)
      if (input[field] !== undefined && (input[field] ?? null) !== before[field])
        assertSetterReached(tx, row, field);
    if (input.domainId !== undefined)
      await assertDomainOfCampaign(tx.tx, input.domainId, row.task.campaignId);
    if (input.responsiblePersonIds)
      await assertPersonsOfUnit(tx.tx, input.responsiblePersonIds, row.task.unitId);
    const { responsiblePersonIds, domainId, dueDate: _d, dueWorkingDays: _w, ...fields } = input;
    await repo.updateTask(tx.tx, id, {
      ...fields,
      ...deadline,
      ...(domainId !== undefined ? { domainId: domainId ?? null } : {}),
      updatedAt: now,
    });
    if (responsiblePersonIds) await repo.replacePersons(tx.tx, id, responsiblePersonIds);
    const after = await loadTask(tx, id);
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
    assertSetterReached(tx, row, 'id');
    if ((await repo.childProgress(tx.tx, id)).length > 0) throw new AppError('CONFLICT');
    const before = await loadTask(tx, id);
    await deleteFilesOfOwners(tx, PROGRESS_FILE_OWNER, await repo.progressIdsOfTask(tx.tx, id));
    await deleteExtensionsOf(tx.tx, 'key_task', id);
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

// ---------------------------------------------------------------- extensions (延期申请)

/** The responsible unit asks the unit that set the deadline for a later one, with a reason. */
export async function requestKeyTaskExtension(
  ctx: ServiceContext,
  id: string,
  input: RequestExtensionInput,
): Promise<KeyTaskDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await keyTaskRecord.loadForChange(tx, id);
    if (row.task.progress >= 100) throw new AppError('INVALID_TRANSITION');
    await requestExtension(
      tx,
      {
        type: 'key_task',
        id,
        unitId: row.task.unitId,
        deciderUnitId: row.task.setByUnitId,
        dueDate: row.task.dueDate,
      },
      input,
      { recordType: 'key_task_extension', action: 'key_task.extension_requested' },
    );
  });
  return getKeyTask(ctx, id);
}

/**
 * The unit that set the deadline approves an extension (the task's due date moves) or refuses it.
 * Answers the decided request (the decider need not be able to read the task itself).
 */
export async function decideKeyTaskExtension(
  ctx: ServiceContext,
  requestId: string,
  action: KeyTaskExtensionAction,
  input: Record<string, string | null | undefined>,
): Promise<ExtensionRequest> {
  return inTransaction(ctx, async (tx) => {
    const found = await keyTaskExtensionRecord.loadForChange(tx, requestId);
    const request = found.request;
    await decideExtension(tx, KEY_TASK_EXTENSION_WORKFLOW, action, request, input, async (dueDate) => {
      // An extension asked in working days keeps its basis, as a deadline given in working days does.
      const counted = request.requestedWorkingDays !== null;
      await repo.updateTask(tx.tx, request.subjectId, {
        dueDate,
        dueBasisFrom: counted ? request.currentDueDate : null,
        dueBasisDays: request.requestedWorkingDays,
        updatedAt: tx.clock.now(),
      });
    });
    return (await extensionsOf(tx.tx, 'key_task', found.request.subjectId)).find((e) => e.id === requestId)!;
  });
}

/**
 * The month's key-task figures of a campaign over a unit and the units under it, for the monthly
 * reports (no caller's scope: a report's readers see its figures as counts).
 */
export function keyTaskMonthFigures(db: DbOrTx, area: MonthArea) {
  return repo.monthFigures(db, area);
}
