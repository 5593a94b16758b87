import {
  AuditOutlined,
  CommentOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import type { ListQuery, WebModule } from '../../app/module';
import { commitmentRecord, statementCommentRecord, statementRecord } from './history';
import { enUS } from './i18n/en-US';
import { type StatementsMessages, zhCN } from './i18n/zh-CN';

export const STATEMENTS_PATH = '/statements';
export const COMMITMENTS_PATH = '/commitments';
/** Opens the statement a public comment is on (the comment has no page of its own). */
export const STATEMENT_COMMENTS_PATH = '/statement-comments';

/** The page of one duty statement (linked from notifications, the audit log and histories). */
export function statementHref(id: string): string {
  return `${STATEMENTS_PATH}/${encodeURIComponent(id)}`;
}

/** A statement's page scrolled to one of its commitments. */
export function statementCommitmentHref(statementId: string, commitmentId: string): string {
  return `${statementHref(statementId)}?${new URLSearchParams({ commitment: commitmentId })}`;
}

/** A commitment, by its id alone: the page finds its statement and opens it there. */
export function commitmentHref(id: string): string {
  return `${COMMITMENTS_PATH}/${encodeURIComponent(id)}`;
}

/** A public comment, by its id alone: the page finds its statement and opens it there. */
export function statementCommentHref(id: string): string {
  return `${STATEMENT_COMMENTS_PATH}/${encodeURIComponent(id)}`;
}

const keep =
  (names: readonly string[]) =>
  (query: ListQuery): Record<string, string> =>
    Object.fromEntries(
      Object.entries(query)
        .filter(([key]) => names.includes(key))
        .map(([key, value]) => [key, String(value)]),
    );

/**
 * 述责: a unit's duty statement (述责报告) signed by its leader, with its public commitments
 * (承诺事项); approved by the campaign office (four eyes), published on the portal, where
 * citizens comment (moderated); the unit reports progress and fulfilment (践诺).
 */
export const statementsModule: WebModule<StatementsMessages> = {
  name: 'statements',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...statementRecord, link: { permission: 'statement.read', href: statementHref } },
    { ...commitmentRecord, link: { permission: 'statement.read', href: commitmentHref } },
    { ...statementCommentRecord, link: { permission: 'statement.read', href: statementCommentHref } },
  ],
  pages: [
    {
      path: STATEMENTS_PATH,
      permission: 'statement.read',
      menu: {
        group: 'duties',
        icon: <ReadOutlined />,
        label: 'statements',
        testId: 'nav-statements',
        order: 48,
      },
      load: async () => (await import('./pages/statements-page')).StatementsPage,
    },
    {
      path: `${STATEMENTS_PATH}/:id`,
      permission: 'statement.read',
      load: async () => (await import('./pages/statement-page')).StatementPage,
    },
    {
      path: COMMITMENTS_PATH,
      permission: 'statement.read',
      menu: {
        group: 'duties',
        icon: <FlagOutlined />,
        label: 'commitments',
        testId: 'nav-commitments',
        order: 49,
      },
      load: async () => (await import('./pages/commitments-page')).CommitmentsPage,
    },
    {
      path: `${COMMITMENTS_PATH}/:id`,
      permission: 'statement.read',
      load: async () => (await import('./pages/record-redirect-page')).CommitmentRedirectPage,
    },
    {
      path: `${STATEMENT_COMMENTS_PATH}/:id`,
      permission: 'statement.read',
      load: async () => (await import('./pages/record-redirect-page')).StatementCommentRedirectPage,
    },
  ],
  // Both lists read their filters from the address and show every campaign in scope unless a
  // link names one (the commitments' `campaignId`).
  lists: [
    {
      operationId: 'listDutyStatements',
      path: STATEMENTS_PATH,
      search: keep(['status', 'unitId', 'toApprove', 'toModerate', 'q']),
    },
    {
      operationId: 'listCommitments',
      path: COMMITMENTS_PATH,
      // A dashboard figure's campaign too: the list then holds exactly what it counted.
      search: keep(['status', 'unitId', 'statementId', 'due', 'campaignId']),
    },
  ],
  workbench: [
    {
      key: 'statements.toApprove',
      label: (t) => t.statementsWorkbench.toApprove,
      hint: (t) => t.statementsWorkbench.toApproveHint,
      icon: <AuditOutlined />,
      tone: 'attention',
      order: 48,
    },
    {
      key: 'statements.toModerate',
      label: (t) => t.statementsWorkbench.toModerate,
      hint: (t) => t.statementsWorkbench.toModerateHint,
      icon: <CommentOutlined />,
      tone: 'attention',
      order: 49,
    },
    {
      key: 'statements.commitmentsDue',
      label: (t) => t.statementsWorkbench.commitmentsDue,
      hint: (t) => t.statementsWorkbench.commitmentsDueHint,
      icon: <FieldTimeOutlined />,
      tone: 'attention',
      order: 50,
    },
  ],
};
