import { type Can, workflowActions } from '../../lib/use-can';
import { DUTY_ITEM_WORKFLOW, type DutyItem, type DutyItemAction } from './types';

/** Everything the detail drawer may offer on an item. */
export type DutyItemCommand = DutyItemAction | 'editDraft' | 'deleteDraft' | 'newVersion';

/**
 * The workflow's actions open from the latest version's status that the user's permissions allow,
 * and the drafting commands. The server decides again; this only hides what would be refused.
 */
export function allowedCommands(item: DutyItem, can: Can): DutyItemCommand[] {
  const status = item.latest.status;
  const commands: DutyItemCommand[] = workflowActions(DUTY_ITEM_WORKFLOW, status, can);
  if (can('duties.item.draft')) {
    const open = status === 'draft' || status === 'returned';
    if (open) commands.push('editDraft', 'deleteDraft');
    if (status === 'published') commands.push('newVersion');
  }
  return commands;
}
