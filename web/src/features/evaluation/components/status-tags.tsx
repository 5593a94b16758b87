import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { BallotReview, EvaluationRoundStatus, ExemplarStatus } from '../types';

const ROUND_TONES: Record<EvaluationRoundStatus, Tone> = {
  draft: 'default',
  open: 'processing',
  closed: 'warning',
  approved: 'purple',
  published: 'success',
};

/** Where a round is: 筹备中, 评议中, 已截止, 结果已审定, 结果已公布. */
export function RoundStatusTag({ status }: { status: EvaluationRoundStatus }) {
  const t = useT();
  return (
    <StatusTag tone={ROUND_TONES[status]} data-testid="round-status" data-status={status}>
      {t.evaluationRoundStatus[status]}
    </StatusTag>
  );
}

const EXEMPLAR_TONES: Record<ExemplarStatus, Tone> = {
  nominated: 'processing',
  approved: 'purple',
  rejected: 'default',
  published: 'success',
};

/** Where a nomination is: 待审核, 审核通过, 不予推荐, 已公开. */
export function ExemplarStatusTag({ status }: { status: ExemplarStatus }) {
  const t = useT();
  return (
    <StatusTag tone={EXEMPLAR_TONES[status]} data-testid="exemplar-status" data-status={status}>
      {t.exemplarStatus[status]}
    </StatusTag>
  );
}

const REVIEW_TONES: Record<BallotReview, Tone> = {
  pending: 'warning',
  accepted: 'success',
  rejected: 'error',
};

/** A flagged ballot's review: 待复核, 有效, 无效. */
export function BallotReviewTag({ review }: { review: BallotReview }) {
  const t = useT();
  return (
    <StatusTag tone={REVIEW_TONES[review]} data-testid="ballot-review" data-review={review}>
      {t.ballotReview[review]}
    </StatusTag>
  );
}
