import type { Permission } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { caseActions, missingForDecision } from './case-actions';

const can = (held: Permission[]) => (permission: Permission) => held.includes(permission);

describe('case actions', () => {
  it('offers the handler the proposal and the approver approve and return', () => {
    expect(caseActions({ status: 'verifying' }, can(['accountability.lead.handle']))).toEqual(['propose']);
    expect(caseActions({ status: 'proposed' }, can(['accountability.lead.handle']))).toEqual([]);
    expect(caseActions({ status: 'proposed' }, can(['accountability.decision.approve']))).toEqual([
      'approve',
      'return',
    ]);
    expect(caseActions({ status: 'decided' }, can(['accountability.decision.approve']))).toEqual([]);
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
