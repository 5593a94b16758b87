import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { SupervisionItemStatus } from '../types';

const TONES: Record<SupervisionItemStatus, Tone> = {
  registered: 'default',
  assigned: 'processing',
  accepted: 'processing',
  in_progress: 'processing',
  completion_requested: 'purple',
  reviewed: 'success',
  closed: 'success',
  returned: 'warning',
  suspended: 'default',
  rejected_assignment: 'warning',
};

/** Where the item is in the 督办 lifecycle (立项 … 办结销号). */
export function SupervisionStatusTag({ status }: { status: SupervisionItemStatus }) {
  const t = useT();
  return (
    <StatusTag tone={TONES[status]} data-testid="supervision-status" data-status={status}>
      {t.supervisionStatus[status]}
    </StatusTag>
  );
}
