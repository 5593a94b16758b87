import { type Can, workflowActions } from '../../lib/use-can';
import { SUPERVISION_ITEM_WORKFLOW, type SupervisionItem, type SupervisionItemAction } from './types';

/** The permission the assigning unit's steps need (交办, 审核, 办结, 中止…). */
const MANAGE = SUPERVISION_ITEM_WORKFLOW.actions.assign.permission;

/**
 * The actions of the 督办 lifecycle open from the item's status that the person may take: the
 * assigning unit's steps only for those who manage the item for that unit, the lead unit's steps
 * (签收, 退回, 申请办结) for its handlers. The server decides again.
 */
export function supervisionActions(item: SupervisionItem, can: Can): SupervisionItemAction[] {
  return workflowActions(SUPERVISION_ITEM_WORKFLOW, item.status, can).filter(
    (action) => SUPERVISION_ITEM_WORKFLOW.actions[action].permission !== MANAGE || item.assignedByCaller,
  );
}

/** Actions that turn the item away from its course: drawn as danger buttons, after the others. */
const DANGER: readonly SupervisionItemAction[] = ['decline', 'return', 'suspend'];

export const isDangerAction = (action: SupervisionItemAction) => DANGER.includes(action);
