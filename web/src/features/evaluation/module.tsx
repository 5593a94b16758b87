import {
  AuditOutlined,
  CheckSquareOutlined,
  FormOutlined,
  LikeOutlined,
  SafetyOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ListQuery, WebModule } from '../../app/module';
import { ballotRecord, evaluationRoundRecord, exemplarRecord } from './history';
import { enUS } from './i18n/en-US';
import { type EvaluationMessages, zhCN } from './i18n/zh-CN';

export const EVALUATION_ROUNDS_PATH = '/evaluation-rounds';
export const MY_BALLOTS_PATH = '/my-ballots';
export const EXEMPLARS_PATH = '/exemplars';

/** The tabs of a round's page, by the `tab` parameter of its address. */
export const ROUND_TABS = ['config', 'tokens', 'flagged', 'results', 'history'] as const;
export type RoundTab = (typeof ROUND_TABS)[number];

/** The page of one evaluation round (linked from notifications, the audit log and histories), on a tab. */
export function evaluationRoundHref(id: string, tab?: RoundTab): string {
  const path = `${EVALUATION_ROUNDS_PATH}/${encodeURIComponent(id)}`;
  return tab ? `${path}?${new URLSearchParams({ tab })}` : path;
}

/** The printable token list of a round (one group, or all). */
export function tokenPrintHref(id: string, group?: string): string {
  const path = `${evaluationRoundHref(id)}/tokens/print`;
  return group ? `${path}?${new URLSearchParams({ group })}` : path;
}

/** The page of one exemplar nomination. */
export function exemplarHref(id: string): string {
  return `${EXEMPLARS_PATH}/${encodeURIComponent(id)}`;
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
 * 评责: the campaign office's evaluation rounds (评议轮次: targets in categories, evaluator groups
 * and weights, indicators, a window; tokens printed with QR codes for invited evaluators; flagged
 * public ballots reviewed; results approved and published, forming each unit's conduct
 * assessment record), the ballots evaluators and units cast in the staff app, and exemplars
 * (先进典型) nominated, reviewed and published.
 */
export const evaluationModule: WebModule<EvaluationMessages> = {
  name: 'evaluation',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    {
      ...evaluationRoundRecord,
      link: { permission: 'evaluation.read', href: (id) => evaluationRoundHref(id) },
    },
    // A ballot has no page of its own (and never says who cast it).
    ballotRecord,
    { ...exemplarRecord, link: { permission: 'evaluation.read', href: exemplarHref } },
  ],
  menuGroups: [{ id: 'evaluation', icon: <TrophyOutlined />, label: 'evaluation', order: 16 }],
  pages: [
    {
      path: EVALUATION_ROUNDS_PATH,
      permission: 'evaluation.read',
      menu: {
        group: 'evaluation',
        icon: <AuditOutlined />,
        label: 'evaluationRounds',
        testId: 'nav-evaluation-rounds',
        order: 10,
      },
      load: async () => (await import('./pages/rounds-page')).RoundsPage,
    },
    {
      path: `${EVALUATION_ROUNDS_PATH}/:id`,
      permission: 'evaluation.read',
      load: async () => (await import('./pages/round-page')).RoundPage,
    },
    {
      path: `${EVALUATION_ROUNDS_PATH}/:id/tokens/print`,
      permission: 'evaluation.manage',
      load: async () => (await import('./pages/token-print-page')).TokenPrintPage,
    },
    {
      path: MY_BALLOTS_PATH,
      permission: 'evaluation.vote',
      menu: {
        group: 'evaluation',
        icon: <FormOutlined />,
        label: 'myBallots',
        testId: 'nav-my-ballots',
        order: 20,
      },
      load: async () => (await import('./pages/my-ballots-page')).MyBallotsPage,
    },
    {
      path: EXEMPLARS_PATH,
      permission: 'evaluation.read',
      menu: {
        group: 'evaluation',
        icon: <LikeOutlined />,
        label: 'exemplars',
        testId: 'nav-exemplars',
        order: 30,
      },
      load: async () => (await import('./pages/exemplars-page')).ExemplarsPage,
    },
    {
      path: `${EXEMPLARS_PATH}/:id`,
      permission: 'evaluation.read',
      load: async () => (await import('./pages/exemplar-page')).ExemplarPage,
    },
  ],
  // The lists read their filters from the address and show every campaign in scope.
  lists: [
    {
      operationId: 'listEvaluationRounds',
      path: EVALUATION_ROUNDS_PATH,
      search: keep(['status', 'toReview', 'q']),
    },
    // A round's results (the dashboard's ranking): the round's page on its results tab.
    {
      operationId: 'getEvaluationResults',
      path: `${EVALUATION_ROUNDS_PATH}/:id`,
      search: () => ({ tab: 'results' }),
    },
    { operationId: 'listMyBallots', path: MY_BALLOTS_PATH, search: keep([]) },
    { operationId: 'listExemplars', path: EXEMPLARS_PATH, search: keep(['status', 'toReview', 'q']) },
  ],
  workbench: [
    {
      key: 'evaluation.ballotsToCast',
      label: (t) => t.evaluationWorkbench.ballotsToCast,
      hint: (t) => t.evaluationWorkbench.ballotsToCastHint,
      icon: <CheckSquareOutlined />,
      tone: 'attention',
      order: 51,
    },
    {
      key: 'evaluation.flaggedToReview',
      label: (t) => t.evaluationWorkbench.flaggedToReview,
      hint: (t) => t.evaluationWorkbench.flaggedToReviewHint,
      icon: <SafetyOutlined />,
      tone: 'attention',
      order: 52,
    },
    {
      key: 'evaluation.exemplarsToReview',
      label: (t) => t.evaluationWorkbench.exemplarsToReview,
      hint: (t) => t.evaluationWorkbench.exemplarsToReviewHint,
      icon: <TrophyOutlined />,
      tone: 'attention',
      order: 53,
    },
  ],
  unitTabs: [
    {
      key: 'conductAssessment',
      label: (t) => t.conductAssessment.tab,
      permission: 'evaluation.read',
      load: async () => (await import('./components/conduct-assessments')).ConductAssessments,
    },
  ],
};
