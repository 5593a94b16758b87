import { type Can, workflowActions } from '../../lib/use-can';
import { RECTIFICATION_ITEM_WORKFLOW, type RectificationAction, type RectificationItem } from './types';

/**
 * The steps of the ledger open from the item's status that the person may take. Confirmation is
 * the inspection team's, of an inspection's findings only: never offered on other items. The
 * server decides again.
 */
export function rectificationActions(item: RectificationItem, can: Can): RectificationAction[] {
  return workflowActions(RECTIFICATION_ITEM_WORKFLOW, item.status, can).filter(
    (action) => (action !== 'confirm' && action !== 'refuse') || item.source === 'inspection_finding',
  );
}
