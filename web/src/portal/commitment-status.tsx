import type { CommitmentStatus } from '@zeren/contracts';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/zh-CN';

/**
 * A commitment's statuses in the contracts' order (statements.ts COMMITMENT_STATUSES; the
 * portal's bundle takes no zod, so the list is spelled here and a test keeps it equal).
 */
export const COMMITMENT_STATUSES = [
  'on_track',
  'due_soon',
  'overdue',
  'fulfilled',
  'not_fulfilled',
] as const satisfies readonly CommitmentStatus[];

export function isCommitmentStatus(value: string | null): value is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(value ?? '');
}

export const statusKey = (status: CommitmentStatus) => `commitmentStatus.${status}` as MessageKey;

/**
 * The status with its colour (green on track, amber due soon, red overdue, blue fulfilled, grey
 * not fulfilled) and its name: never the colour alone.
 */
export function CommitmentBadge({ status, count }: { status: CommitmentStatus; count?: number }) {
  const { t } = useI18n();
  return (
    <span className={`commitment-badge commitment-${status}`} data-status={status}>
      <span className="commitment-dot" aria-hidden="true" />
      {count === undefined
        ? t(statusKey(status))
        : t('statements.countLine', { status: t(statusKey(status)), count })}
    </span>
  );
}
