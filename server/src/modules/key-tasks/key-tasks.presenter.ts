import type { KeyTask, KeyTaskProgress, KeyTaskStatus, StoredFile } from '@zeren/contracts';
import type { TaskWithNames } from './key-tasks.repository';
import type { keyTaskProgress } from './key-tasks.table';

export function presentKeyTask(
  row: TaskWithNames,
  domainTitle: string | null,
  persons: { id: string; name: string }[],
  derived: {
    status: KeyTaskStatus;
    workingDaysLeft: number | null;
    dueDateProvisional: boolean;
    completedLate: boolean;
    workingDaysLate: number | null;
    deadlineOwned: boolean;
  },
): KeyTask {
  const t = row.task;
  return {
    id: t.id,
    campaignId: t.campaignId,
    domainId: t.domainId,
    domainTitle,
    unitId: t.unitId,
    unitName: row.unitName,
    parentId: t.parentId,
    title: t.title,
    target: t.target,
    dueDate: t.dueDate,
    setByUnitId: t.setByUnitId,
    setByUnitName: row.setByUnitName,
    dueWorkingDays: t.dueBasisDays,
    dueFrom: t.dueBasisFrom,
    responsiblePersons: persons,
    progress: t.progress,
    status: derived.status,
    workingDaysLeft: derived.workingDaysLeft,
    dueDateProvisional: derived.dueDateProvisional,
    completedLate: derived.completedLate,
    workingDaysLate: derived.workingDaysLate,
    deadlineOwned: derived.deadlineOwned,
    completedAt: t.completedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function presentProgress(
  row: { progress: typeof keyTaskProgress.$inferSelect; reporterName: string | null },
  files: StoredFile[],
): KeyTaskProgress {
  return {
    id: row.progress.id,
    percent: row.progress.percent,
    note: row.progress.note,
    reportedAt: row.progress.reportedAt.toISOString(),
    reporterName: row.reporterName,
    files: files.map((f) => ({ id: f.id, filename: f.filename, size: f.size, mimeType: f.mimeType })),
  };
}

/** What an audit event records of a task. */
export function keyTaskAudit(task: KeyTask) {
  return {
    campaignId: task.campaignId,
    domainId: task.domainId,
    domainTitle: task.domainTitle,
    unitId: task.unitId,
    parentId: task.parentId,
    title: task.title,
    target: task.target,
    dueDate: task.dueDate,
    responsiblePersonIds: task.responsiblePersons.map((p) => p.id).sort(),
    // Names too, so the task's history reads as people, not ids.
    responsiblePersons: task.responsiblePersons.map((p) => p.name),
    progress: task.progress,
    setByUnitId: task.setByUnitId,
    dueWorkingDays: task.dueWorkingDays,
  };
}
