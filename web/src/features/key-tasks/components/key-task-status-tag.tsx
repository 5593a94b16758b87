import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { KeyTaskStatus } from '../types';

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
