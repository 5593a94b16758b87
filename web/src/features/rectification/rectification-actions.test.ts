import { type Permission, ROLE_PERMISSIONS, type Role } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { rectificationActions } from './rectification-actions';
import type { RectificationItem, RectificationSource, RectificationStatus } from './types';

function item(
  status: RectificationStatus,
  source: RectificationSource = 'self_inspection',
): RectificationItem {
  return {
    id: 'i',
    campaignId: 'c',
    unitId: 'u',
    unitName: '市教育局',
    source,
    sourceId: source === 'self_inspection' ? null : 's',
    sourceLabel: null,
    problem: '问题',
    domainId: null,
    domainTitle: null,
    conduct: null,
    measures: null,
    responsiblePerson: null,
    dueDate: '2026-12-31',
    dueWorkingDays: null,
    dueFrom: null,
    dueDateProvisional: false,
    status,
    completion: null,
    closed: false,
    awaitingConfirmation: status === 'signed_off' && source === 'inspection_finding',
    overdue: false,
    colour: 'none',
    workingDaysLeft: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const as = (role: Role) => (permission: Permission) => ROLE_PERMISSIONS[role].includes(permission);

describe('the ledger buttons each role sees', () => {
  it('a clerk starts and claims, but never signs off', () => {
    expect(rectificationActions(item('pending'), as('unit_staff'))).toEqual(['start']);
    expect(rectificationActions(item('rectifying'), as('unit_staff'))).toEqual(['claim']);
    expect(rectificationActions(item('completion_claimed'), as('unit_staff'))).toEqual([]);
  });

  it('the unit leader signs off or returns a claim, and reopens a closed item', () => {
    expect(rectificationActions(item('completion_claimed'), as('unit_leader'))).toEqual([
      'return',
      'signOff',
    ]);
    expect(rectificationActions(item('signed_off'), as('unit_leader'))).toEqual(['reopen']);
  });

  it("the inspector confirms or refuses an inspection's finding only", () => {
    expect(rectificationActions(item('signed_off', 'inspection_finding'), as('inspector'))).toEqual([
      'confirm',
      'refuse',
    ]);
    expect(rectificationActions(item('signed_off'), as('inspector'))).toEqual([]);
    expect(rectificationActions(item('signed_off', 'supervision_item'), as('inspector'))).toEqual([]);
  });
});
