import { Flex } from 'antd';
import { ProvisionalTag } from '../../../components/provisional-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { KeyTask } from '../types';

/** The due date (完成时限), the working days left while open, and 暂定 when its year is provisional. */
export function KeyTaskDueDate({ task }: { task: KeyTask }) {
  const t = useT();
  const locale = useLocale();
  const date = formatDate(task.dueDate, locale);
  const open = task.status !== 'completed';
  return (
    <Flex gap={4} wrap align="center">
      <span data-testid="key-task-due" data-date={task.dueDate}>
        {open && task.workingDaysLeft !== null
          ? format(t.keyTask.dueWithDaysLeft, {
              date,
              left: format(t.keyTask.daysLeft, { days: task.workingDaysLeft }),
            })
          : date}
      </span>
      {open && task.dueDateProvisional && <ProvisionalTag data-testid="key-task-due-provisional" />}
    </Flex>
  );
}
