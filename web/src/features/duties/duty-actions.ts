import { type Can, workflowActions } from '../../lib/use-can';
import { DUTY_ITEM_WORKFLOW, type DutyItem, type DutyItemAction } from './types';

/** Everything the detail drawer may offer on an item. */
export type DutyItemCommand = DutyItemAction | 'editDraft' | 'deleteDraft' | 'newVersion';

/**
 * Where the item is shown: `review` in the approval queue (the approver's actions only), `items`
 * in the lists (drafting, and the approver's actions on a submitted version).
 */
export type DutyItemContext = 'items' | 'review';

/** The approval step's permission, as the workflow names it: its actions are the reviewer's. */
const REVIEW_PERMISSION = DUTY_ITEM_WORKFLOW.actions.approve.permission;

/** Whether an action is the reviewer's (approve, return) rather than the drafter's (submit, withdraw). */
export function isReviewAction(action: DutyItemCommand): action is DutyItemAction {
  return (
    action in DUTY_ITEM_WORKFLOW.actions &&
    DUTY_ITEM_WORKFLOW.actions[action as DutyItemAction].permission === REVIEW_PERMISSION
  );
}

/**
 * The workflow's actions open from the latest version's status that the user's permissions allow,
 * and the drafting commands, for the context the item is shown in. A reviewer is offered the
 * reviewer's actions on a submitted version, not the submitter's 撤回 (unless they submitted it
 * themselves); the approval queue offers the reviewer's actions only. The server decides again;
 * this only hides what does not belong.
 */
export function allowedCommands(
  item: DutyItem,
  can: Can,
  options: { context?: DutyItemContext; isSubmitter?: boolean } = {},
): DutyItemCommand[] {
  const { context = 'items', isSubmitter = false } = options;
  const status = item.latest.status;
  const actions = workflowActions(DUTY_ITEM_WORKFLOW, status, can);
  const review = actions.filter(isReviewAction);
  if (context === 'review') return review;
  const reviewer = review.length > 0;
  const commands: DutyItemCommand[] = [
    ...actions.filter((action) => !isReviewAction(action) && (!reviewer || isSubmitter)),
    ...review,
  ];
  if (can('duties.item.draft')) {
    const open = status === 'draft' || status === 'returned';
    if (open) commands.push('editDraft', 'deleteDraft');
    if (status === 'published') commands.push('newVersion');
  }
  return commands;
}
