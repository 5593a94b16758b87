import { CheckCircleOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Progress, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useMyBallots } from '../api/list-my-ballots';
import { BallotFormModal } from '../components/ballot-form-modal';
import type { MyBallotRound } from '../types';
import '../components/evaluation.css';

type Target = MyBallotRound['targets'][number];

/** One open round the person scores in: its units, each scored once. */
function RoundCard({ round, onVote }: { round: MyBallotRound; onVote: (target: Target) => void }) {
  const t = useT();
  const locale = useLocale();
  const voted = round.targets.filter((target) => target.voted).length;
  const total = round.targets.length;
  return (
    <Card
      title={round.title}
      extra={
        <Typography.Text type="secondary">
          {format(t.myBallots.closesAt, { date: formatDateTime(round.closesAt, locale) })}
        </Typography.Text>
      }
      data-testid="my-ballot-round"
      data-round-id={round.roundId}
    >
      <Flex vertical gap="small">
        <Flex gap="middle" wrap align="center">
          <Typography.Text>
            {format(t.myBallots.asGroup, {
              group: `${t.evaluatorGroup[round.group]} · ${t.ballotChannel[round.channel]}`,
            })}
          </Typography.Text>
          <Typography.Text
            type="secondary"
            data-testid="my-ballot-progress"
            data-voted={voted}
            data-total={total}
          >
            {format(t.myBallots.progress, {
              voted: formatCount(voted, locale),
              total: formatCount(total, locale),
            })}
          </Typography.Text>
        </Flex>
        <Progress percent={total ? Math.round((voted / total) * 100) : 0} size="small" showInfo={false} />
        {total > 0 && voted === total && (
          <Alert type="success" showIcon title={t.myBallots.allDone} data-testid="my-ballot-done" />
        )}
        <ul className="plain-list">
          {round.targets.map((target) => (
            <Flex
              component="li"
              key={target.targetId}
              justify="space-between"
              align="center"
              gap="small"
              wrap
              className="my-ballot-target"
              data-testid="my-ballot-target"
              data-target-id={target.targetId}
              data-voted={target.voted}
            >
              <Flex vertical>
                <Typography.Text strong>{target.unitName}</Typography.Text>
                <Typography.Text type="secondary">
                  {format(t.common.labelValue, {
                    label: t.myBallots.category,
                    value: round.categories.find((c) => c.key === target.category)?.name ?? target.category,
                  })}
                </Typography.Text>
              </Flex>
              {target.voted ? (
                <StatusTag tone="success" icon={<CheckCircleOutlined />} data-testid="my-ballot-voted">
                  {t.myBallots.voted}
                </StatusTag>
              ) : (
                <Button
                  type="primary"
                  icon={<FormOutlined />}
                  onClick={() => onVote(target)}
                  aria-label={`${t.myBallots.vote} ${target.unitName}`}
                  data-testid="my-ballot-vote"
                >
                  {t.myBallots.vote}
                </Button>
              )}
            </Flex>
          ))}
        </ul>
      </Flex>
    </Card>
  );
}

/**
 * 我的评议: the open rounds the person scores in (an invited evaluator with an account, or a
 * unit leader for the unit in 互评), each unit to score with its ballot form.
 */
export function MyBallotsPage() {
  const t = useT();
  const rounds = useMyBallots();
  const [voting, setVoting] = useState<{ round: MyBallotRound; target: Target } | null>(null);

  const content = () => {
    if (rounds.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (rounds.isError) return <Alert type="error" showIcon title={t.myBallots.loadFailed} />;
    if (rounds.data.length === 0)
      return <Empty description={t.myBallots.none} data-testid="my-ballots-none" />;
    return rounds.data.map((round) => (
      <RoundCard key={round.roundId} round={round} onVote={(target) => setVoting({ round, target })} />
    ));
  };

  return (
    <>
      <PageHeader title={t.nav.myBallots} />
      <Typography.Paragraph type="secondary">{t.myBallots.intro}</Typography.Paragraph>
      <Flex vertical gap="middle" data-testid="my-ballots">
        {content()}
      </Flex>
      {voting && (
        <BallotFormModal round={voting.round} target={voting.target} onClose={() => setVoting(null)} />
      )}
    </>
  );
}
