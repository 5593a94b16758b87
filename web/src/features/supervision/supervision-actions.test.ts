import type { Permission } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { isDangerAction, supervisionActions } from './supervision-actions';
import type { SupervisionItem, SupervisionItemStatus } from './types';

function item(status: SupervisionItemStatus, assignedByCaller: boolean): SupervisionItem {
  return {
    id: 'i',
    code: '督-2026-0001',
    campaignId: 'c',
    domainId: null,
    domainTitle: null,
    source: 'decision',
    instruction: null,
    instructingLeader: null,
    title: 't',
    task: 'task',
    unitId: 'u',
    unitName: 'u',
    responsiblePersonId: null,
    responsiblePersonName: null,
    parentId: null,
    assignedByUnitId: 'o',
    assignedByUnitName: 'o',
    dueDate: '2026-12-31',
    dueWorkingDays: null,
    dueFrom: null,
    dueDateProvisional: false,
    milestones: [],
    progress: 0,
    status,
    colour: 'none',
    workingDaysLeft: null,
    escalation: null,
    assignedByCaller,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const holder =
  (...permissions: Permission[]) =>
  (permission: Permission) =>
    permissions.includes(permission);
const office = holder('supervision.read', 'supervision.manage');
const clerk = holder('supervision.read', 'supervision.handle');

describe('the buttons of a supervision item', () => {
  it('offer the assigning unit its steps, the lead unit its own', () => {
    expect(supervisionActions(item('registered', true), office)).toEqual(['assign', 'suspend']);
    expect(supervisionActions(item('assigned', false), clerk)).toEqual(['accept', 'decline']);
    expect(supervisionActions(item('in_progress', false), clerk)).toEqual(['submit']);
    expect(supervisionActions(item('completion_requested', true), office)).toEqual([
      'approve',
      'return',
      'suspend',
    ]);
    expect(supervisionActions(item('reviewed', true), office)).toEqual(['close']);
    expect(supervisionActions(item('suspended', true), office)).toEqual(['resume']);
    expect(supervisionActions(item('closed', true), office)).toEqual([]);
  });

  it('offer the assigning unit’s steps only to those who manage the item for it', () => {
    // A manager whose scope reaches the lead unit but not the assigning unit (a county's office).
    expect(supervisionActions(item('completion_requested', false), office)).toEqual([]);
    expect(supervisionActions(item('assigned', false), holder('supervision.read'))).toEqual([]);
  });

  it('draw the steps that turn an item away as danger buttons', () => {
    expect(['decline', 'return', 'suspend'].every((a) => isDangerAction(a as never))).toBe(true);
    expect(isDangerAction('approve')).toBe(false);
  });
});
