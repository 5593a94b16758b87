import type {
  EscalationStep,
  StoredFile,
  SupervisionColour,
  SupervisionItem,
  SupervisionProgress,
} from '@zeren/contracts';
import type { ItemWithNames } from './supervision.repository';
import type { supervisionProgress } from './supervision.table';

export function presentItem(
  row: ItemWithNames,
  derived: {
    domainTitle: string | null;
    colour: SupervisionColour;
    workingDaysLeft: number | null;
    escalation: EscalationStep | null;
    dueDateProvisional: boolean;
    assignedByCaller: boolean;
  },
): SupervisionItem {
  const i = row.item;
  return {
    id: i.id,
    code: i.code,
    campaignId: i.campaignId,
    domainId: i.domainId,
    domainTitle: derived.domainTitle,
    source: i.source,
    instruction: i.instruction,
    instructingLeader: i.instructingLeader,
    title: i.title,
    task: i.task,
    unitId: i.unitId,
    unitName: row.unitName,
    responsiblePersonId: i.responsiblePersonId,
    responsiblePersonName: row.responsiblePersonName,
    parentId: i.parentId,
    assignedByUnitId: i.assignedByUnitId,
    assignedByUnitName: row.assignedByUnitName,
    dueDate: i.dueDate,
    dueWorkingDays: i.dueBasisDays,
    dueFrom: i.dueBasisFrom,
    dueDateProvisional: derived.dueDateProvisional,
    milestones: i.milestones,
    progress: i.progress,
    status: i.status,
    colour: derived.colour,
    workingDaysLeft: derived.workingDaysLeft,
    escalation: derived.escalation,
    assignedByCaller: derived.assignedByCaller,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function presentProgress(
  row: { progress: typeof supervisionProgress.$inferSelect; reporterName: string | null },
  files: StoredFile[],
): SupervisionProgress {
  return {
    id: row.progress.id,
    percent: row.progress.percent,
    note: row.progress.note,
    reportedAt: row.progress.reportedAt.toISOString(),
    reporterName: row.reporterName,
    files: files.map((f) => ({ id: f.id, filename: f.filename, size: f.size, mimeType: f.mimeType })),
  };
}

/** What an audit event records of an item. */
export function itemAudit(item: SupervisionItem) {
  return {
    code: item.code,
    campaignId: item.campaignId,
    domainId: item.domainId,
    source: item.source,
    instruction: item.instruction,
    instructingLeader: item.instructingLeader,
    title: item.title,
    task: item.task,
    unitId: item.unitId,
    responsiblePersonId: item.responsiblePersonId,
    parentId: item.parentId,
    assignedByUnitId: item.assignedByUnitId,
    dueDate: item.dueDate,
    dueWorkingDays: item.dueWorkingDays,
    milestones: item.milestones,
    progress: item.progress,
  };
}
