import { ArrowLeftOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Flex, Popconfirm, Result, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useEvaluationRound } from '../api/get-evaluation-round';
import type { RoundActionInput } from '../api/run-evaluation-round-action';
import { useEvaluationRoundAction } from '../api/run-evaluation-round-action';
import { useDeleteEvaluationRound } from '../api/save-evaluation-round';
import { FlaggedBallotsTab } from '../components/flagged-ballots-tab';
import { ResultsTab } from '../components/results-tab';
import { RoundConfigForm } from '../components/round-config-form';
import { RoundStatusTag } from '../components/status-tags';
import { TokensTab } from '../components/tokens-tab';
import { useEvaluationErrorHandler } from '../components/use-evaluation-error';
import { WorkflowButtons } from '../components/workflow-buttons';
import { EVALUATION_ROUNDS_PATH, ROUND_TABS, type RoundTab } from '../module';
import { EVALUATION_ROUND_WORKFLOW, type EvaluationRound, type EvaluationRoundAction } from '../types';
import '../components/evaluation.css';

/** Actions that undo a step: drawn as danger. */
const DANGER: readonly EvaluationRoundAction[] = ['reopen'];

/**
 * One evaluation round: its workflow buttons (启动评议, 截止, 重新开放, 审定结果, 公布) and tabs —
 * the configuration (edited while in preparation), the tokens and the flagged ballots (the
 * office), the results (once the round is under way), the details and the history.
 */
export function RoundPage() {
  const { id } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useEvaluationErrorHandler();
  const detail = useEvaluationRound(id);
  const run = useEvaluationRoundAction();
  const remove = useDeleteEvaluationRound();
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);

  const back = (
    <Link to={EVALUATION_ROUNDS_PATH} data-testid="round-back">
      <ArrowLeftOutlined /> {t.evaluation.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
      />
    );
  }
  const round: EvaluationRound | undefined = detail.data;
  if (!round) return <PageSpinner />;

  const canManage = can('evaluation.manage');
  const draft = round.status === 'draft';
  const actions = workflowActions(EVALUATION_ROUND_WORKFLOW, round.status, can);
  const dateTime = (value: string | null) => (value ? formatDateTime(value, locale) : null);
  const count = (value: number | null) => (value === null ? null : formatCount(value, locale));

  const shownTabs: RoundTab[] = [
    'config',
    ...(canManage ? (['tokens', 'flagged'] as const) : []),
    ...(draft ? [] : (['results'] as const)),
    'history',
  ];
  const asked = params.get('tab') as RoundTab | null;
  const activeTab: RoundTab =
    asked && ROUND_TABS.includes(asked) && shownTabs.includes(asked) ? asked : 'config';
  const setTab = (tab: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (tab === 'config') next.delete('tab');
        else next.set('tab', tab);
        return next;
      },
      { replace: true },
    );

  const details = (
    <Details
      column={{ xs: 1, sm: 2, lg: 3 }}
      bordered
      data-testid="round-details"
      items={[
        { key: 'unit', label: t.evaluation.unit, children: round.unitName },
        { key: 'status', label: t.evaluation.status, children: <RoundStatusTag status={round.status} /> },
        { key: 'opensAt', label: t.evaluation.opensAt, children: dateTime(round.opensAt) },
        { key: 'closesAt', label: t.evaluation.closesAt, children: dateTime(round.closesAt) },
        { key: 'targets', label: t.evaluation.targetCount, children: count(round.targets.length) },
        { key: 'ballots', label: t.evaluation.ballotCount, children: count(round.ballotCount) },
        { key: 'flagged', label: t.evaluation.flaggedPending, children: count(round.flaggedPending) },
        { key: 'tokens', label: t.evaluation.tokenCount, children: count(round.tokenCount) },
        { key: 'createdAt', label: t.evaluation.createdAt, children: dateTime(round.createdAt) },
        { key: 'updatedAt', label: t.evaluation.updatedAt, children: dateTime(round.updatedAt) },
        { key: 'approvedAt', label: t.evaluation.approvedAt, children: dateTime(round.approvedAt) },
        { key: 'publishedAt', label: t.evaluation.publishedAt, children: dateTime(round.publishedAt) },
      ]}
    />
  );

  const tabLabel = (tab: RoundTab, label: string, badge?: number) => (
    <span data-testid={`round-tab-${tab}`}>
      {badge ? (
        <Badge count={badge} size="small" offset={[8, -2]} color="gold" style={{ color: '#000' }}>
          {label}
        </Badge>
      ) : (
        label
      )}
    </span>
  );

  const tabs = [
    {
      key: 'config',
      label: tabLabel('config', t.evaluation.tabConfig),
      children: (
        <Flex vertical gap="middle">
          {details}
          <RoundConfigForm
            key={round.updatedAt}
            round={round}
            editable={canManage && draft}
            onDirtyChange={onDirtyChange}
          />
        </Flex>
      ),
    },
    {
      key: 'tokens',
      label: tabLabel('tokens', t.evaluation.tabTokens),
      children: <TokensTab round={round} />,
    },
    {
      key: 'flagged',
      label: tabLabel('flagged', t.evaluation.tabFlagged, round.flaggedPending),
      children: <FlaggedBallotsTab round={round} />,
    },
    {
      key: 'results',
      label: tabLabel('results', t.evaluation.tabResults),
      children: <ResultsTab round={round} />,
    },
    historyTab(t.history.tab, { recordType: 'evaluation_round', id: round.id }),
  ].filter((tab) => shownTabs.includes(tab.key as RoundTab));

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="round">
        {back}
        <Typography.Title level={2} className="page-title" data-testid="round-title">
          {round.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <RoundStatusTag status={round.status} />
          <Typography.Text type="secondary">{round.unitName}</Typography.Text>
        </Flex>
        <Flex gap="small" wrap data-testid="round-actions">
          <WorkflowButtons<EvaluationRoundAction>
            actions={actions}
            steps={EVALUATION_ROUND_WORKFLOW.actions}
            subject={round.title}
            labels={t.evaluationRoundAction}
            hints={t.evaluationRoundActionHint}
            done={t.evaluationRoundActionDone}
            danger={DANGER}
            testIdPrefix="round-action"
            blockedBecause={(action) => (action === 'open' && dirty ? t.evaluation.unsaved : null)}
            run={(action, text) => run.mutateAsync({ id: round.id, action, ...text } as RoundActionInput)}
          />
          {canManage && draft && (
            <Popconfirm
              title={t.common.confirmDelete}
              okText={t.common.delete}
              cancelText={t.common.cancel}
              okButtonProps={{ danger: true, loading: remove.isPending }}
              onConfirm={() =>
                remove.mutate(round.id, {
                  onSuccess: () => {
                    message.success(t.evaluation.deleted);
                    navigate(EVALUATION_ROUNDS_PATH);
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="round-delete">
                {t.common.delete}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      {canManage && round.flaggedPending > 0 && activeTab !== 'flagged' && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={`${t.evaluation.flaggedPending}${t.history.labelSuffix}${formatCount(round.flaggedPending, locale)}`}
          action={
            <Button size="small" onClick={() => setTab('flagged')} data-testid="round-review-flagged">
              {t.evaluation.tabFlagged}
            </Button>
          }
          data-testid="round-flagged-alert"
        />
      )}
      <Card size="small">
        <Tabs activeKey={activeTab} onChange={setTab} items={tabs} destroyOnHidden={false} />
      </Card>
    </>
  );
}
