import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const keyTasksMessages: ModuleMessages = {
  'zh-CN': {
    'keyTasks.has_children': '该任务有子任务，进度由子任务汇总，不能直接填报',
    'keyTasks.set_by_superior':
      '该任务由{unit}下达，任务名称、目标任务和完成时限只能由其修改；如需延期，请提出延期申请',
  },
  'en-US': {
    'keyTasks.has_children':
      'This task has sub-tasks; its progress is rolled up from theirs and cannot be reported directly',
    'keyTasks.set_by_superior':
      'This task was set by {unit}: only it may change its title, target and deadline; ask for an extension instead',
  },
};
