/** Types of the supervision items (督办事项) come from the contracts. */
import type { CreateSupervisionItemInput, UpdateSupervisionItemInput } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  ESCALATION_STEPS,
  type EscalationStep,
  SUPERVISION_COLOURS,
  SUPERVISION_EXTENSION_WORKFLOW,
  SUPERVISION_ITEM_STATUSES,
  SUPERVISION_ITEM_WORKFLOW,
  SUPERVISION_REMINDER_KINDS,
  SUPERVISION_RUNNING_STATUSES,
  SUPERVISION_SOURCES,
  type SupervisionColour,
  type SupervisionEscalation,
  type SupervisionItem,
  type SupervisionItemAction,
  type SupervisionItemDetail,
  type SupervisionItemStatus,
  type SupervisionMilestone,
  type SupervisionProgress,
  type SupervisionReminder,
  type SupervisionReminderKind,
  type SupervisionSettings,
  type SupervisionSource,
  type UpdateSupervisionSettingsInput,
} from '@zeren/contracts';

/** A supervision items query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type SupervisionItemQuery = QueryOf<'listSupervisionItems'>;
/** The list's filters: the query without its paging. */
export type SupervisionItemFilters = Omit<SupervisionItemQuery, 'limit' | 'after'>;
export type SupervisionItemBody = CreateSupervisionItemInput;
export type SupervisionItemChanges = UpdateSupervisionItemInput;

/** A reminders query (催办记录), and its filters without the paging. */
export type SupervisionReminderQuery = QueryOf<'listSupervisionReminders'>;
export type SupervisionReminderFilters = Omit<SupervisionReminderQuery, 'limit' | 'after'>;
