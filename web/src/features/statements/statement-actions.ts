import type { DutyStatement, DutyStatementAction } from './types';

/** Actions that send the statement back or off the portal: drawn as danger. */
export const DANGER_ACTIONS: readonly DutyStatementAction[] = ['return', 'unpublish'];

/**
 * The workflow actions drawn for a statement: the ones `workflowActions` allows, without
 * approving or returning a statement the person wrote, edited or signed (四眼原则: the server
 * answers STATEMENT_FOUR_EYES).
 */
export function shownStatementActions(
  statement: Pick<DutyStatement, 'authoredByYou'>,
  actions: readonly DutyStatementAction[],
): DutyStatementAction[] {
  return actions.filter((a) => !(statement.authoredByYou && (a === 'approve' || a === 'return')));
}
