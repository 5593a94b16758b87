import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { DutyStatementStatus, StatementCommentStatus } from '../types';

const STATEMENT_TONES: Record<DutyStatementStatus, Tone> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'purple',
  published: 'success',
};

/** Where a statement is: 起草中, 已签发待审核, 审核通过, 已公开. */
export function StatementStatusTag({ status }: { status: DutyStatementStatus }) {
  const t = useT();
  return (
    <StatusTag tone={STATEMENT_TONES[status]} data-testid="statement-status" data-status={status}>
      {t.statementStatus[status]}
    </StatusTag>
  );
}

const COMMENT_TONES: Record<StatementCommentStatus, Tone> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'default',
};

/** A public comment: 待审核, 已通过, 未通过. */
export function CommentStatusTag({ status }: { status: StatementCommentStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COMMENT_TONES[status]} data-testid="comment-status" data-status={status}>
      {t.statementCommentStatus[status]}
    </StatusTag>
  );
}
