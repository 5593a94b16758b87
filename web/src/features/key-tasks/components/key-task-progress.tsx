import { Progress } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { KeyTask } from '../types';

/** The task's progress bar, red when overdue. */
export function KeyTaskProgressBar({ task }: { task: KeyTask }) {
  const t = useT();
  return (
    <Progress
      percent={task.progress}
      size="small"
      status={task.status === 'overdue' ? 'exception' : task.status === 'completed' ? 'success' : 'normal'}
      aria-label={`${t.keyTask.progress} ${task.progress}%`}
      style={{ minWidth: 120 }}
    />
  );
}
