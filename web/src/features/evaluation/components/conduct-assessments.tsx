import { Alert, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { listColumns } from '../../../components/list-table';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount, formatDate } from '../../../lib/format';
import { useConductAssessments } from '../api/list-conduct-assessments';
import { evaluationRoundHref } from '../module';
import { formatScore } from '../results';
import type { ConductAssessment } from '../types';

/**
 * 作风建设考核: a unit's results in approved evaluation rounds — the round, the category, the
 * weighted score, its rank among the units of the category, the valid ballots, when approved.
 * Shown as a tab of the unit page (org), which knows no feature: the module registers it.
 */
export function ConductAssessments({ unitId }: { unitId: string }) {
  const t = useT();
  const locale = useLocale();
  const assessments = useConductAssessments(unitId);
  const columns: TableColumnsType<ConductAssessment> = [
    {
      key: 'round',
      title: t.conductAssessment.round,
      minWidth: 180,
      render: (_, a) => (
        <Link to={evaluationRoundHref(a.roundId, 'results')} data-testid="conduct-round">
          {a.roundTitle}
        </Link>
      ),
    },
    { key: 'category', title: t.conductAssessment.category, dataIndex: 'categoryName' },
    {
      key: 'score',
      title: t.conductAssessment.score,
      align: 'right',
      render: (_, a) => formatScore(a.score),
    },
    {
      key: 'rank',
      title: t.conductAssessment.rank,
      align: 'right',
      render: (_, a) =>
        a.rank === null
          ? null
          : format(t.conductAssessment.rankOf, {
              rank: formatCount(a.rank, locale),
              of: formatCount(a.rankedOf, locale),
            }),
    },
    {
      key: 'validBallots',
      title: t.conductAssessment.validBallots,
      align: 'right',
      render: (_, a) => formatCount(a.validBallots, locale),
    },
    {
      key: 'approvedAt',
      title: t.conductAssessment.approvedAt,
      render: (_, a) => (
        <Flex gap={6} wrap align="center">
          {formatDate(a.approvedAt, locale)}
          {a.published && <StatusTag tone="success">{t.conductAssessment.published}</StatusTag>}
        </Flex>
      ),
    },
  ];
  if (assessments.isError) return <Alert type="error" showIcon title={t.conductAssessment.loadFailed} />;
  return (
    <Flex vertical gap="small" data-testid="conduct-assessments">
      <Typography.Text type="secondary">{t.conductAssessment.intro}</Typography.Text>
      <Table<ConductAssessment>
        rowKey="roundId"
        size="small"
        pagination={false}
        loading={assessments.isPending}
        columns={listColumns(columns)}
        dataSource={assessments.data ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.conductAssessment.none }}
        data-testid="conduct-assessments-table"
      />
    </Flex>
  );
}
