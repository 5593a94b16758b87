/** Types of the key tasks (三个清单) and evidence files come from the contracts. */
import type { CreateKeyTaskInput, ReportKeyTaskProgressInput } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  EXTENSION_STATUSES,
  type ExtensionRequest,
  type ExtensionStatus,
  KEY_TASK_DUE_SOON_DAYS,
  KEY_TASK_EXTENSION_WORKFLOW,
  KEY_TASK_STATUSES,
  type KeyTask,
  type KeyTaskDetail,
  type KeyTaskProgress,
  type KeyTaskStatus,
  MAX_FILE_BYTES,
  type StoredFile,
} from '@zeren/contracts';

/** A key tasks query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type KeyTaskQuery = QueryOf<'listKeyTasks'>;
/** The list's filters: the query without its paging. */
export type KeyTaskFilters = Omit<KeyTaskQuery, 'limit' | 'after'>;
export type KeyTaskBody = CreateKeyTaskInput;
export type ProgressBody = ReportKeyTaskProgressInput;
