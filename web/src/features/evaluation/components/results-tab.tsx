import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { EMPTY, formatCount, formatDateTime } from '../../../lib/format';
import { downloadResultsDocx, downloadResultsXlsx } from '../api/download-evaluation-results';
import { useEvaluationResults } from '../api/get-evaluation-results';
import { isResultsHidden } from '../ballots';
import { formatScore, resultStanding } from '../results';
import type { EvaluationResult, EvaluationResults, EvaluationRound } from '../types';
import { useEvaluationErrorHandler } from './use-evaluation-error';

type Category = EvaluationResults['categories'][number];

const score = (value: number | null | undefined) => formatScore(value) ?? EMPTY;

/** One category's ranking: rank, unit, weighted score, the breakdown and the ballot counts. */
function CategoryTable({ round, category }: { round: EvaluationRound; category: Category }) {
  const t = useT();
  const locale = useLocale();
  const count = (value: number) => formatCount(value, locale);
  const columns: TableColumnsType<EvaluationResult> = [
    {
      key: 'rank',
      title: t.evaluationResults.rank,
      width: 72,
      fixed: 'left',
      align: 'center',
      render: (_, r) => (r.rank === null ? EMPTY : count(r.rank)),
    },
    {
      key: 'unit',
      title: t.evaluationResults.unit,
      minWidth: 160,
      fixed: 'left',
      render: (_, r) => {
        const standing = resultStanding(category, r.unitName);
        return (
          <Flex gap={6} wrap align="center">
            <span>{r.unitName}</span>
            {standing && (
              <StatusTag tone={standing === 'top' ? 'success' : 'error'} data-testid="results-standing">
                {standing === 'top' ? t.evaluationResults.topTag : t.evaluationResults.bottomTag}
              </StatusTag>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'score',
      title: t.evaluationResults.score,
      align: 'right',
      render: (_, r) => <strong data-testid="results-score">{score(r.score)}</strong>,
    },
    {
      key: 'groups',
      title: t.evaluationResults.groupScores,
      children: round.groups.map((g) => ({
        key: `group-${g.group}`,
        title: format(t.evaluationResults.weightNote, { name: g.name, weight: g.weight }),
        align: 'right' as const,
        render: (_: unknown, r: EvaluationResult) => score(r.groups.find((x) => x.group === g.group)?.score),
      })),
    },
    {
      key: 'indicators',
      title: t.evaluationResults.indicatorScores,
      children: round.indicators.map((i) => ({
        key: `indicator-${i.key}`,
        title: i.name,
        align: 'right' as const,
        render: (_: unknown, r: EvaluationResult) => score(r.indicators.find((x) => x.key === i.key)?.score),
      })),
    },
    {
      key: 'ballots',
      title: t.evaluationResults.ballots,
      children: (['valid', 'invalid', 'pending', 'trimmed'] as const).map((kind) => ({
        key: `ballots-${kind}`,
        title: t.evaluationResults[kind],
        align: 'right' as const,
        render: (_: unknown, r: EvaluationResult) => count(r.ballots[kind]),
      })),
    },
  ];
  const names = (list: string[]) => list.join(t.history.listSeparator);
  return (
    <Card size="small" title={category.name} data-testid="results-category" data-category={category.key}>
      {(category.top.length > 0 || category.bottom.length > 0) && (
        <Flex vertical gap={2} className="results-standings">
          {category.top.length > 0 && (
            <Typography.Text data-testid="results-top">
              {format(t.evaluationResults.top, { names: names(category.top) })}
            </Typography.Text>
          )}
          {category.bottom.length > 0 && (
            <Typography.Text data-testid="results-bottom">
              {format(t.evaluationResults.bottom, { names: names(category.bottom) })}
            </Typography.Text>
          )}
        </Flex>
      )}
      <Table<EvaluationResult>
        rowKey="targetId"
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={category.results}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.evaluationResults.none }}
        rowClassName={(r) => {
          const standing = resultStanding(category, r.unitName);
          return standing ? `results-row-${standing}` : '';
        }}
        onRow={(r) =>
          ({
            'data-testid': 'results-row',
            'data-standing': resultStanding(category, r.unitName) ?? 'middle',
          }) as HTMLAttributes<HTMLElement>
        }
        data-testid="results-table"
      />
    </Card>
  );
}

/** A download button: the file, or the error in the user's language. */
function DownloadButton({
  label,
  icon,
  download,
  testId,
}: {
  label: string;
  icon: ReactNode;
  download: () => Promise<void>;
  testId: string;
}) {
  const [busy, setBusy] = useState(false);
  const onError = useEvaluationErrorHandler();
  return (
    <Button
      icon={icon}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await download();
        } catch (error) {
          onError(error);
        } finally {
          setBusy(false);
        }
      }}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

/**
 * 评议结果: per category, the ranking with the weighted score, each group's and each indicator's
 * score and the ballot counts (valid, invalid, waiting for review, dropped), the top three and
 * bottom three highlighted; downloads as Excel and as the Word notice. Whoever may not manage the
 * round sees them once it closes (403 EVALUATION_RESULTS_HIDDEN before).
 */
export function ResultsTab({ round }: { round: EvaluationRound }) {
  const t = useT();
  const locale = useLocale();
  const results = useEvaluationResults(round.id);

  if (results.isError) {
    if (isResultsHidden(results.error))
      return (
        <Result
          status="403"
          title={t.evaluationResults.hiddenTitle}
          subTitle={t.evaluationResults.hidden}
          data-testid="results-hidden"
        />
      );
    return <Alert type="error" showIcon title={t.evaluationResults.loadFailed} data-testid="results-error" />;
  }
  const data = results.data;
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <Flex vertical gap="middle" data-testid="round-results">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Flex gap="small" align="center" wrap>
          <StatusTag
            tone={data.final ? 'success' : 'warning'}
            data-testid="results-final"
            data-final={data.final}
          >
            {data.final ? t.evaluationResults.final : t.evaluationResults.provisional}
          </StatusTag>
          <Typography.Text type="secondary">
            {format(t.evaluationResults.computedAt, { date: formatDateTime(data.computedAt, locale) })}
          </Typography.Text>
        </Flex>
        <Flex gap="small" wrap>
          <DownloadButton
            label={t.evaluationResults.xlsx}
            icon={<FileExcelOutlined />}
            download={() => downloadResultsXlsx(round.id)}
            testId="results-xlsx"
          />
          <DownloadButton
            label={t.evaluationResults.docx}
            icon={<FileWordOutlined />}
            download={() => downloadResultsDocx(round.id)}
            testId="results-docx"
          />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.evaluationResults.intro}
      </Typography.Paragraph>
      {data.categories.map((category) => (
        <CategoryTable key={category.key} round={round} category={category} />
      ))}
    </Flex>
  );
}
