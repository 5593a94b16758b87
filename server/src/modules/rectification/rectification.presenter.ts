import { type RectificationItem, rectificationClosed } from '@zeren/contracts';
import type { ItemWithUnit } from './rectification.repository';
import type { DueState } from './rectification.rules';

export function presentItem(
  row: ItemWithUnit,
  derived: DueState & { domainTitle: string | null; dueDateProvisional: boolean },
): RectificationItem {
  const i = row.item;
  return {
    id: i.id,
    campaignId: i.campaignId,
    unitId: i.unitId,
    unitName: row.unitName,
    source: i.source,
    sourceId: i.sourceId,
    sourceLabel: i.sourceLabel,
    problem: i.problem,
    domainId: i.domainId,
    domainTitle: derived.domainTitle,
    conduct: i.conduct,
    measures: i.measures,
    responsiblePerson: i.responsiblePerson,
    dueDate: i.dueDate,
    dueWorkingDays: i.dueBasisDays,
    dueFrom: i.dueBasisFrom,
    dueDateProvisional: derived.dueDateProvisional,
    status: i.status,
    completion: i.completion,
    closed: rectificationClosed(i),
    awaitingConfirmation: i.status === 'signed_off' && i.source === 'inspection_finding',
    overdue: derived.overdue,
    colour: derived.colour,
    workingDaysLeft: derived.workingDaysLeft,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** What an audit event records of an item. */
export function itemAudit(item: RectificationItem) {
  return {
    campaignId: item.campaignId,
    unitId: item.unitId,
    source: item.source,
    sourceId: item.sourceId,
    sourceLabel: item.sourceLabel,
    problem: item.problem,
    domainId: item.domainId,
    conduct: item.conduct,
    measures: item.measures,
    responsiblePerson: item.responsiblePerson,
    dueDate: item.dueDate,
    dueWorkingDays: item.dueWorkingDays,
    status: item.status,
    completion: item.completion,
  };
}
