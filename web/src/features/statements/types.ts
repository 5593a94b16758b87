/** Types of 述责 (duty statements, commitments, public comments) come from the contracts. */
import type { CommitmentStatus, RouteInput, Routes } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentProgress,
  type CommitmentStatus,
  DUTY_STATEMENT_STATUSES,
  DUTY_STATEMENT_WORKFLOW,
  type DutyStatement,
  type DutyStatementAction,
  type DutyStatementStatus,
  STATEMENT_COMMENT_STATUSES,
  STATEMENT_TEXT_LIMITS,
  type StatementComment,
  type StatementCommentStatus,
} from '@zeren/contracts';

/** A statement list query as the caller writes it (`limit` and `after` optional). */
export type StatementQuery = QueryOf<'listDutyStatements'>;
/** The statement list's filters: the query without its paging. */
export type StatementFilters = Omit<StatementQuery, 'limit' | 'after'>;

/** A commitment list query as the caller writes it. */
export type CommitmentQuery = QueryOf<'listCommitments'>;
/** The commitment list's filters: the query without its paging. */
export type CommitmentFilters = Omit<CommitmentQuery, 'limit' | 'after'>;

/** A statement as drafted, as the caller writes it (body and attachments optional). */
export type CreateStatementBody = RouteInput<Routes['createDutyStatement']>['body'];
/** A commitment as added, as the caller writes it (domain, person and start date optional). */
export type CreateCommitmentBody = RouteInput<Routes['createCommitment']>['body'];
/** A progress report or a fulfilment, as the caller writes it. */
export type CommitmentReportBody = RouteInput<Routes['reportCommitmentProgress']>['body'];

/** A commitment is decided once fulfilled or found not fulfilled: no more progress then. */
export function isDecided(status: CommitmentStatus): boolean {
  return status === 'fulfilled' || status === 'not_fulfilled';
}
