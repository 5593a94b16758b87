import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Flex, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount, formatDateTime } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useEvaluationRoundsPage } from '../api/list-evaluation-rounds';
import { CreateRoundModal } from '../components/create-round-modal';
import { RoundStatusTag } from '../components/status-tags';
import { evaluationRoundHref } from '../module';
import { EVALUATION_ROUND_STATUSES, type EvaluationRound } from '../types';

/** The filters the list reads from its address (the workbench links here with `?toReview=true`). */
const FILTERS = {
  status: oneOfFilter(EVALUATION_ROUND_STATUSES),
  toReview: flagFilter,
  q: textFilter,
};

/** 评议轮次: the rounds organised by units in scope, newest first; preparing a new one. */
export function RoundsPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const rounds = useEvaluationRoundsPage(filters);
  const [creating, setCreating] = useState(false);
  const canManage = can('evaluation.manage');
  // Listed for their flagged ballots (the workbench's link): each opens on the review tab.
  const tab = filters.toReview ? 'flagged' : undefined;

  const columns: TableColumnsType<EvaluationRound> = [
    {
      key: 'title',
      title: t.evaluation.title,
      minWidth: 240,
      render: (_, r) => (
        <Link to={evaluationRoundHref(r.id, tab)} data-testid="round-open">
          {r.title}
        </Link>
      ),
    },
    { key: 'status', title: t.evaluation.status, render: (_, r) => <RoundStatusTag status={r.status} /> },
    { key: 'unit', title: t.evaluation.unit, dataIndex: 'unitName', minWidth: 140 },
    {
      key: 'window',
      title: t.evaluation.window,
      minWidth: 200,
      render: (_, r) => `${formatDateTime(r.opensAt, locale)} – ${formatDateTime(r.closesAt, locale)}`,
    },
    {
      key: 'targets',
      title: t.evaluation.targetCount,
      align: 'right',
      render: (_, r) => formatCount(r.targets.length, locale),
    },
    {
      key: 'ballots',
      title: t.evaluation.ballotCount,
      align: 'right',
      render: (_, r) => (r.ballotCount === null ? null : formatCount(r.ballotCount, locale)),
    },
    {
      key: 'flagged',
      title: t.evaluation.flaggedPending,
      align: 'right',
      render: (_, r) =>
        r.flaggedPending > 0 ? (
          <Badge
            count={formatCount(r.flaggedPending, locale)}
            color="gold"
            style={{ color: '#000' }}
            data-testid="round-flagged-pending"
          />
        ) : (
          formatCount(0, locale)
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.evaluationRounds}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="round-create"
            >
              {t.evaluation.create}
            </Button>
          )
        }
      />
      <Flex gap="small" wrap className="toolbar" data-testid="round-filters">
        <Input.Search
          allowClear
          placeholder={t.evaluation.search}
          aria-label={t.evaluation.search}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
          style={{ flex: '2 1 220px', maxWidth: 320 }}
          data-testid="round-filter-q"
        />
        <Select
          allowClear
          placeholder={t.evaluation.allStatuses}
          aria-label={t.evaluation.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={EVALUATION_ROUND_STATUSES.map((s) => ({ value: s, label: t.evaluationRoundStatus[s] }))}
          style={{ flex: '1 1 150px', maxWidth: 220 }}
          data-testid="round-filter-status"
        />
        {(canManage || filters.toReview) && (
          <Checkbox
            checked={filters.toReview === 'true'}
            onChange={(e) => setFilters({ ...filters, toReview: e.target.checked ? 'true' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="round-filter-to-review"
          >
            {t.evaluation.toReviewOnly}
          </Checkbox>
        )}
      </Flex>
      <ListTable<EvaluationRound>
        columns={columns}
        pager={rounds}
        exportList={{ operationId: 'exportEvaluationRounds', query: filters }}
        data-testid="rounds-table"
      />
      {creating && (
        <CreateRoundModal
          onClose={() => setCreating(false)}
          onCreated={(round) => navigate(evaluationRoundHref(round.id))}
        />
      )}
    </>
  );
}
