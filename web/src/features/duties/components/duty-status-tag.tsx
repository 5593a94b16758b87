import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { DutyItemStatus } from '../types';

const COLOURS: Record<DutyItemStatus, Tone> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  published: 'success',
  superseded: 'default',
};

export function DutyStatusTag({ status }: { status: DutyItemStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COLOURS[status]} data-testid="duty-status" data-status={status}>
      {t.dutyStatus[status]}
    </StatusTag>
  );
}
