import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const keyTasksMessages: ModuleMessages = {
  'zh-CN': {
    'keyTasks.has_children': '该任务有子任务，进度由子任务汇总，不能直接填报',
  },
  'en-US': {
    'keyTasks.has_children':
      'This task has sub-tasks; its progress is rolled up from theirs and cannot be reported directly',
  },
};
