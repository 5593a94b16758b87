import { Flex } from 'antd';
import { StatusTag, type Tone } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import type { KeyTask, KeyTaskStatus } from '../types';

const COLOURS: Record<KeyTaskStatus, Tone> = {
  on_track: 'processing',
  due_soon: 'warning',
  overdue: 'error',
  completed: 'success',
};

export function KeyTaskStatusTag({ status }: { status: KeyTaskStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COLOURS[status]} data-testid="key-task-status" data-status={status}>
      {t.keyTaskStatus[status]}
    </StatusTag>
  );
}

/** 逾期完成 · N 个工作日: a task completed after its due date. */
export function CompletedLateTag({ task }: { task: Pick<KeyTask, 'completedLate' | 'workingDaysLate'> }) {
  const t = useT();
  if (!task.completedLate) return null;
  return (
    <StatusTag tone="warning" data-testid="key-task-late" data-days={task.workingDaysLate ?? undefined}>
      {task.workingDaysLate === null
        ? t.keyTask.completedLate
        : format(t.keyTask.completedLateDays, { days: task.workingDaysLate })}
    </StatusTag>
  );
}

/** The task's status, and whether it was completed late. */
export function KeyTaskStatusTags({ task }: { task: KeyTask }) {
  return (
    <Flex gap={4} wrap>
      <KeyTaskStatusTag status={task.status} />
      <CompletedLateTag task={task} />
    </Flex>
  );
}
