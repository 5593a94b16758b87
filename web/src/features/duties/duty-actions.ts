import type { Permission } from '@zeren/contracts';
import {
  DUTY_ITEM_ACTION_PERMISSION,
  DUTY_ITEM_TRANSITIONS,
  type DutyItem,
  type DutyItemAction,
} from './types';

/** Everything the detail drawer may offer on an item. */
export type DutyItemCommand = DutyItemAction | 'editDraft' | 'deleteDraft' | 'newVersion';

/**
 * The commands the transition table allows for the latest version's status, narrowed to the
 * user's permissions. The server decides again; this only hides what would be refused.
 */
export function allowedCommands(item: DutyItem, can: (permission: Permission) => boolean): DutyItemCommand[] {
  const status = item.latest.status;
  const transitions = DUTY_ITEM_TRANSITIONS[status] ?? {};
  const commands: DutyItemCommand[] = (Object.keys(transitions) as DutyItemAction[]).filter((action) =>
    can(DUTY_ITEM_ACTION_PERMISSION[action]),
  );
  if (can('duties.item.draft')) {
    const open = status === 'draft' || status === 'returned';
    if (open) commands.push('editDraft', 'deleteDraft');
    if (status === 'published') commands.push('newVersion');
  }
  return commands;
}
