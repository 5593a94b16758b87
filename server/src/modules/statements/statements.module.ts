import type { CommitmentListQuery, DutyStatementListQuery } from '@zeren/contracts';
import type { ServerModule } from '../../platform/module';
import { seedDemoStatements } from './statements.demo';
import { statementsMessages } from './statements.messages';
import { publishedCommitmentsDataset, publishedStatementsDataset } from './statements.open-data';
import { statementsRoutes } from './statements.routes';
import {
  commentRecord,
  commitmentFigures,
  commitmentRecord,
  listCommitments,
  listDutyStatements,
  PROGRESS_FILE_OWNER,
  STATEMENT_FILE_OWNER,
  statementRecord,
} from './statements.service';

/** 述责: duty statements signed by unit leaders, approved (四眼) and published with their commitments. */
export const statementsModule: ServerModule = {
  name: 'statements',
  messages: statementsMessages,
  records: [statementRecord, commitmentRecord, commentRecord],
  fileOwners: [
    { ownerType: STATEMENT_FILE_OWNER, readPermission: 'statement.read' },
    { ownerType: PROGRESS_FILE_OWNER, readPermission: 'statement.read' },
  ],
  routes: statementsRoutes,
  seedDemo: seedDemoStatements,
  openData: [publishedStatementsDataset, publishedCommitmentsDataset],
  figures: [{ key: 'commitments', order: 50, permission: 'statement.read', compute: commitmentFigures }],
  workbench: [
    {
      key: 'statements.toApprove',
      permission: 'statement.approve',
      operationId: 'listDutyStatements',
      query: { toApprove: 'true' },
      count: async (ctx, q) =>
        (await listDutyStatements(ctx, { ...q, limit: 1 } as DutyStatementListQuery)).total,
    },
    {
      key: 'statements.toModerate',
      permission: 'statement.approve',
      operationId: 'listDutyStatements',
      query: { toModerate: 'true' },
      count: async (ctx, q) =>
        (await listDutyStatements(ctx, { ...q, limit: 1 } as DutyStatementListQuery)).total,
    },
    {
      key: 'statements.commitmentsDue',
      permission: 'statement.draft',
      operationId: 'listCommitments',
      query: { due: 'true' },
      count: async (ctx, q) => (await listCommitments(ctx, { ...q, limit: 1 } as CommitmentListQuery)).total,
    },
  ],
};
