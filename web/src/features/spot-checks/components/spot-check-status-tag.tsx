import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { SpotCheckOutcome, SpotCheckPlanStatus } from '../types';

const TONES: Record<SpotCheckPlanStatus, Tone> = {
  draft: 'default',
  committed: 'purple',
  drawn: 'processing',
  in_progress: 'processing',
  completed: 'success',
  published: 'success',
};

/** Where the plan is: 拟定 → 已锁定 → 已抽取 → 检查中 → 已完成 → 已公示. */
export function SpotCheckStatusTag({ status }: { status: SpotCheckPlanStatus }) {
  const t = useT();
  return (
    <StatusTag tone={TONES[status]} data-testid="spot-check-status" data-status={status}>
      {t.spotCheckStatus[status]}
    </StatusTag>
  );
}

/** A target's result, or nothing yet. */
export function SpotCheckOutcomeTag({ outcome }: { outcome: SpotCheckOutcome | null }) {
  const t = useT();
  if (!outcome) return null;
  return (
    <StatusTag tone={outcome === 'no_problem' ? 'success' : 'warning'} data-testid="spot-check-outcome">
      {t.spotCheckOutcome[outcome]}
    </StatusTag>
  );
}
