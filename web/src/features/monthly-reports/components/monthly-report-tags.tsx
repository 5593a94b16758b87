import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { MonthlyReportProgress, MonthlyReportStatus } from '../types';

const STATUS_TONE: Record<MonthlyReportStatus, Tone> = {
  draft: 'default',
  awaiting_approval: 'processing',
  returned: 'warning',
  submitted: 'success',
};

const PROGRESS_TONE: Record<MonthlyReportProgress, Tone> = {
  not_started: 'error',
  draft: 'default',
  awaiting_approval: 'processing',
  returned: 'warning',
  submitted: 'success',
  submitted_late: 'warning',
};

export function MonthlyReportStatusTag({ status }: { status: MonthlyReportStatus }) {
  const t = useT();
  return (
    <StatusTag tone={STATUS_TONE[status]} data-testid="monthly-report-status" data-status={status}>
      {t.monthlyReportStatus[status]}
    </StatusTag>
  );
}

/** Where a unit stands for a month, in the office's overview. */
export function MonthlyProgressTag({ progress }: { progress: MonthlyReportProgress }) {
  const t = useT();
  return (
    <StatusTag tone={PROGRESS_TONE[progress]} data-testid="monthly-report-progress" data-progress={progress}>
      {t.monthlyReportProgress[progress]}
    </StatusTag>
  );
}
