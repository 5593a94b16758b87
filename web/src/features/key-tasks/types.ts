/** Types of the key tasks (三个清单) and evidence files come from the contracts. */
import type { CreateKeyTaskInput, KeyTaskListQuery, ReportKeyTaskProgressInput } from '@zeren/contracts';

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

export type KeyTaskFilters = { [K in keyof KeyTaskListQuery]?: KeyTaskListQuery[K] | undefined };
export type KeyTaskBody = CreateKeyTaskInput;
export type ProgressBody = ReportKeyTaskProgressInput;
