import type { Permission } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { caseActions, missingForDecision } from './case-actions';

const H = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const can = (held: Permission[]) => (permission: Permission) => held.includes(permission);

describe('case actions', () => {
  it('offers the handler the proposal and the approver approve and return', () => {
    expect(
      caseActions(
        { status: 'verifying', handlerId: H, proposedById: null },
        can(['accountability.lead.handle']),
      ),
    ).toEqual(['propose']);
    expect(
      caseActions({ status: 'proposed', handlerId: H, proposedById: H }, can(['accountability.lead.handle'])),
    ).toEqual([]);
    expect(
      caseActions(
        { status: 'proposed', handlerId: H, proposedById: H },
        can(['accountability.decision.approve']),
      ),
    ).toEqual(['approve', 'return']);
    expect(
      caseActions(
        { status: 'decided', handlerId: H, proposedById: H },
        can(['accountability.decision.approve']),
      ),
    ).toEqual([]);
  });

  it('never offers the handler or the proposer to approve or return their own proposal', () => {
    const approver = can(['accountability.decision.approve']);
    const proposed = { status: 'proposed' as const, handlerId: H, proposedById: H };
    expect(caseActions(proposed, approver, H)).toEqual([]);
    expect(caseActions(proposed, approver, OTHER)).toEqual(['approve', 'return']);
  });

  it('names what keeps the decision locked', () => {
    const requirements = [
      { requirement: 'factsClear', confirmed: true },
      { requirement: 'evidenceConclusive', confirmed: false },
    ];
    expect(missingForDecision(requirements, null)).toEqual({
      requirements: ['evidenceConclusive'],
      conclusion: true,
    });
    expect(missingForDecision(requirements.slice(0, 1), 'substantiated')).toEqual({
      requirements: [],
      conclusion: false,
    });
  });
});
