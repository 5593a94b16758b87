import { type Can, workflowActions } from '../../lib/use-can';
import { type AccountabilityCase, CASE_WORKFLOW, type CaseAction } from './types';

/**
 * The decision steps open from the case's status that the person may take: the handler's propose,
 * the approver's approve and return — never to the handler or the proposer themselves (four eyes).
 * The server decides again (the lock, four eyes).
 */
export function caseActions(
  item: Pick<AccountabilityCase, 'status' | 'handlerId' | 'proposedById'>,
  can: Can,
  userId: string | null = null,
): CaseAction[] {
  const own = userId !== null && (item.handlerId === userId || item.proposedById === userId);
  return workflowActions(CASE_WORKFLOW, item.status, can).filter(
    (action) => !own || (action !== 'approve' && action !== 'return'),
  );
}

/** What still keeps the decision locked: the requirements not confirmed, and a missing conclusion. */
export function missingForDecision<R extends { requirement: string; confirmed: boolean }>(
  requirements: readonly R[],
  conclusion: string | null,
): { requirements: R['requirement'][]; conclusion: boolean } {
  return {
    requirements: requirements.filter((r) => !r.confirmed).map((r) => r.requirement),
    conclusion: conclusion === null,
  };
}
