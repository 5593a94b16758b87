import { StatusTag, type Tone } from '../../../components/status-tag';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { type Commitment, type CommitmentStatus, isDecided } from '../types';
import './statements.css';

/**
 * Each status has its colour, the same on the portal: green on track, amber due soon, red overdue,
 * blue fulfilled, grey not fulfilled.
 */
export const COMMITMENT_TONES: Record<CommitmentStatus, Tone> = {
  on_track: 'success',
  due_soon: 'warning',
  overdue: 'error',
  fulfilled: 'processing',
  not_fulfilled: 'default',
};

/** A dot in the status's colour beside its name (never the colour alone). */
export function CommitmentDot({ status }: { status: CommitmentStatus }) {
  return <span className={`commitment-dot commitment-dot-${status}`} aria-hidden="true" />;
}

/** A commitment's status, as a tag in its colour with a dot and its name. */
export function CommitmentStatusTag({ status }: { status: CommitmentStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COMMITMENT_TONES[status]} data-testid="commitment-status" data-status={status}>
      <CommitmentDot status={status} />
      {t.commitmentStatus[status]}
    </StatusTag>
  );
}

/** 剩余 N 个工作日, 今天到期 or 逾期 N 个工作日 while open; nothing once decided. */
export function WorkingDaysLeft({
  commitment,
}: {
  commitment: Pick<Commitment, 'status' | 'workingDaysLeft'>;
}) {
  const t = useT();
  const left = commitment.workingDaysLeft;
  if (left === null || isDecided(commitment.status)) return null;
  const text =
    left > 0
      ? format(t.commitment.daysLeftValue, { days: left })
      : left === 0
        ? t.commitment.dueToday
        : format(t.commitment.overdueBy, { days: -left });
  return (
    <span
      className={left < 0 ? 'commitment-left commitment-left-overdue' : 'commitment-left'}
      data-testid="commitment-days-left"
      data-days={left}
    >
      {text}
    </span>
  );
}
