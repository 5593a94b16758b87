import type { Permission } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { allowedCommands } from './duty-actions';
import type { DutyItem, DutyItemStatus } from './types';

function item(status: DutyItemStatus): DutyItem {
  const version = {
    id: 'v',
    itemId: 'i',
    version: 1,
    status,
    name: 'n',
    category: null,
    legalBasis: null,
    implementingBody: null,
    handlingOffice: null,
    responsibilities: null,
    accountabilityConditions: null,
    accountabilityBasis: null,
    remarks: null,
    returnReason: null,
    reviewOpinion: null,
    submittedAt: null,
    submittedById: null,
    submittedByName: null,
    reviewedByName: null,
    reviewedAt: null,
    publishedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  return {
    id: 'i',
    unitId: 'u',
    unitName: 'u',
    kind: 'power',
    code: 'c',
    parentItemId: null,
    publishedVersion: null,
    latest: version,
    published: null,
  };
}

const holding =
  (...permissions: Permission[]) =>
  (permission: Permission) =>
    permissions.includes(permission);

describe('allowedCommands', () => {
  const clerk = holding('duties.item.read', 'duties.item.draft');
  const head = holding('duties.item.read', 'duties.item.draft', 'duties.item.approve');

  it('lets a drafter submit, edit and delete a draft, and only withdraw once submitted', () => {
    expect(allowedCommands(item('draft'), clerk)).toEqual(['submit', 'editDraft', 'deleteDraft']);
    expect(allowedCommands(item('returned'), clerk)).toEqual(['submit', 'editDraft', 'deleteDraft']);
    expect(allowedCommands(item('submitted'), clerk)).toEqual(['withdraw']);
  });

  it("offers the approver approve and return, not the submitter's withdraw", () => {
    expect(allowedCommands(item('submitted'), head).sort()).toEqual(['approve', 'return']);
    // Unless the approver submitted the version themselves.
    expect(allowedCommands(item('submitted'), head, { isSubmitter: true }).sort()).toEqual([
      'approve',
      'return',
      'withdraw',
    ]);
  });

  it("offers only the approver's actions in the approval queue", () => {
    expect(allowedCommands(item('submitted'), head, { context: 'review' }).sort()).toEqual([
      'approve',
      'return',
    ]);
    expect(allowedCommands(item('submitted'), clerk, { context: 'review' })).toEqual([]);
    expect(allowedCommands(item('draft'), head, { context: 'review' })).toEqual([]);
  });

  it('offers a new version of a published item, and nothing to a reader', () => {
    expect(allowedCommands(item('published'), clerk)).toEqual(['newVersion']);
    expect(allowedCommands(item('published'), holding('duties.item.read'))).toEqual([]);
    expect(allowedCommands(item('submitted'), holding('duties.item.read'))).toEqual([]);
  });
});
