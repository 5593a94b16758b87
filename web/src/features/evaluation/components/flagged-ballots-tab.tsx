import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Messages } from '../../../app/module';
import { ListTable } from '../../../components/list-table';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useBallotsPage } from '../api/list-ballots';
import { useReviewBallots } from '../api/review-ballots';
import { formatScore } from '../results';
import { groupName } from '../round-config';
import { BALLOT_REVIEWS, type Ballot, type BallotReview, type EvaluationRound } from '../types';
import { BallotReviewTag } from './status-tags';
import { useEvaluationErrorHandler } from './use-evaluation-error';

/** 认定有效 / 认定无效 of the selected ballots, with a note. */
function ReviewModal({
  round,
  ballotIds,
  decision,
  onClose,
}: {
  round: EvaluationRound;
  ballotIds: string[];
  decision: 'accept' | 'reject';
  onClose: (reviewed: boolean) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const review = useReviewBallots();
  const onError = useEvaluationErrorHandler();
  const title = format(decision === 'accept' ? t.flaggedBallots.acceptTitle : t.flaggedBallots.rejectTitle, {
    count: ballotIds.length,
  });
  return (
    <Modal
      open
      title={title}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={decision === 'accept' ? t.flaggedBallots.accept : t.flaggedBallots.reject}
      cancelText={t.common.cancel}
      confirmLoading={review.isPending}
      okButtonProps={{ danger: decision === 'reject', ...testId('ballot-review-submit') }}
      data-testid="ballot-review-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name="ballot-review"
        onFinish={(values) =>
          review.mutate(
            { id: round.id, ballotIds, decision, note: values.note?.trim() || null },
            {
              onSuccess: (reviewed) => {
                message.success(format(t.flaggedBallots.reviewed, { count: reviewed }));
                onClose(true);
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="note" label={t.flaggedBallots.note}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            placeholder={t.flaggedBallots.notePlaceholder}
            data-testid="ballot-review-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A ballot's answers in one line: 作风：满意；效能：80… */
function answersText(round: EvaluationRound, ballot: Ballot, t: Messages): string {
  return round.indicators
    .filter((i) => i.key in ballot.answers)
    .map((i) => {
      const answer = ballot.answers[i.key];
      const value = typeof answer === 'number' ? String(answer) : (t.ballotLevel[answer!] ?? String(answer));
      return format(t.common.labelValue, { label: i.name, value });
    })
    .join(t.ballot.answerSeparator);
}

/**
 * 异常票复核: the round's flagged public ballots by review (those waiting, by default); the office
 * selects some and finds them valid (they count) or invalid, with a note.
 */
export function FlaggedBallotsTab({ round }: { round: EvaluationRound }) {
  const t = useT();
  const locale = useLocale();
  const [review, setReview] = useState<BallotReview>('pending');
  const ballots = useBallotsPage(round.id, { review });
  const [selected, setSelected] = useState<string[]>([]);
  const [deciding, setDeciding] = useState<'accept' | 'reject' | null>(null);
  const pending = review === 'pending';

  const columns: TableColumnsType<Ballot> = [
    { key: 'unit', title: t.ballot.target, dataIndex: 'unitName', minWidth: 140 },
    {
      key: 'group',
      title: t.ballot.group,
      render: (_, b) => groupName(round, b.group, t.evaluatorGroup),
    },
    {
      key: 'flags',
      title: t.ballot.flags,
      render: (_, b) => (
        <Flex gap={4} wrap>
          {b.flags.map((flag) => (
            <Tag key={flag} data-testid="ballot-flag" data-flag={flag}>
              {t.ballotFlag[flag]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'score',
      title: t.ballot.score,
      align: 'right',
      render: (_, b) => (b.score === null ? t.ballot.invalidScore : formatScore(b.score)),
    },
    {
      key: 'answers',
      title: t.ballot.answers,
      minWidth: 200,
      render: (_, b) => <Typography.Text type="secondary">{answersText(round, b, t)}</Typography.Text>,
    },
    { key: 'createdAt', title: t.ballot.createdAt, render: (_, b) => formatDateTime(b.createdAt, locale) },
    {
      key: 'review',
      title: t.ballot.review,
      render: (_, b) => (b.review ? <BallotReviewTag review={b.review} /> : null),
    },
    ...(pending ? [] : [{ key: 'note', title: t.ballot.reviewNote, dataIndex: 'reviewNote' }]),
  ];

  return (
    <Flex vertical gap="middle" data-testid="round-flagged">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.flaggedBallots.intro}
      </Typography.Paragraph>
      <Flex gap="small" wrap align="center">
        <Select<BallotReview>
          value={review}
          aria-label={t.flaggedBallots.filter}
          onChange={(next) => {
            setReview(next);
            setSelected([]);
          }}
          options={BALLOT_REVIEWS.map((r) => ({ value: r, label: t.ballotReview[r] }))}
          style={{ width: 160 }}
          data-testid="flagged-filter-review"
        />
        {pending && (
          <>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={selected.length === 0}
              onClick={() => setDeciding('accept')}
              data-testid="ballot-accept"
            >
              {t.flaggedBallots.accept}
            </Button>
            <Button
              danger
              icon={<CloseOutlined />}
              disabled={selected.length === 0}
              onClick={() => setDeciding('reject')}
              data-testid="ballot-reject"
            >
              {t.flaggedBallots.reject}
            </Button>
            {selected.length > 0 && (
              <Typography.Text type="secondary" data-testid="ballot-selected">
                {format(t.flaggedBallots.selected, { count: formatCount(selected.length, locale) })}
              </Typography.Text>
            )}
          </>
        )}
      </Flex>
      <ListTable<Ballot>
        columns={columns}
        pager={ballots}
        exportList={{ operationId: 'exportBallots', params: { id: round.id }, query: { review } }}
        locale={{ emptyText: t.flaggedBallots.none }}
        rowSelection={
          pending
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                preserveSelectedRowKeys: true,
              }
            : undefined
        }
        data-testid="flagged-table"
      />
      {deciding && (
        <ReviewModal
          round={round}
          ballotIds={selected}
          decision={deciding}
          onClose={(reviewed) => {
            setDeciding(null);
            if (reviewed) setSelected([]);
          }}
        />
      )}
    </Flex>
  );
}
