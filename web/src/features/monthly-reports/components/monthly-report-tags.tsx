import { Tag } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { MonthlyReportProgress, MonthlyReportStatus } from '../types';

const STATUS_COLOUR: Record<MonthlyReportStatus, string> = {
  draft: 'default',
  awaiting_approval: 'processing',
  returned: 'warning',
  submitted: 'success',
};

const PROGRESS_COLOUR: Record<MonthlyReportProgress, string> = {
  not_started: 'error',
  draft: 'default',
  awaiting_approval: 'processing',
  returned: 'warning',
  submitted: 'success',
  submitted_late: 'orange',
};

export function MonthlyReportStatusTag({ status }: { status: MonthlyReportStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOUR[status]} data-testid="monthly-report-status" data-status={status}>
      {t.monthlyReportStatus[status]}
    </Tag>
  );
}

/** Where a unit stands for a month, in the office's overview. */
export function MonthlyProgressTag({ progress }: { progress: MonthlyReportProgress }) {
  const t = useT();
  return (
    <Tag color={PROGRESS_COLOUR[progress]} data-testid="monthly-report-progress" data-progress={progress}>
      {t.monthlyReportProgress[progress]}
    </Tag>
  );
}
