import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, List, Popconfirm, Typography } from 'antd';
import { useEffect } from 'react';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useModerateStatementComment, useStatementComments } from '../api/comments';
import type { DutyStatement, StatementComment } from '../types';
import { CommentStatusTag } from './statement-status-tag';

/**
 * 公众评论: what citizens posted on the portal about the statement, pending ones first; the
 * campaign office approves each (it shows on the portal) or rejects it.
 */
export function CommentsCard({ statement, target }: { statement: DutyStatement; target?: string | null }) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const comments = useStatementComments(statement.id);
  const moderate = useModerateStatementComment();
  const canModerate = can('statement.approve');
  const items = comments.data ?? [];
  const pending = items.filter((c) => c.status === 'pending').length;
  const loaded = comments.data !== undefined;

  // A link to one comment scrolls to it once the list is drawn.
  useEffect(() => {
    if (target && loaded)
      document
        .querySelector(`[data-comment-id="${CSS.escape(target)}"]`)
        ?.scrollIntoView({ block: 'center' });
  }, [target, loaded]);

  const decide = (comment: StatementComment, decision: 'approve' | 'reject') =>
    moderate.mutate(
      { id: comment.id, decision },
      {
        onSuccess: () =>
          message.success(decision === 'approve' ? t.statementComment.approved : t.statementComment.rejected),
        onError: (error) => onError(error),
      },
    );

  return (
    <Card
      size="small"
      title={
        <Flex gap="small" align="center" wrap>
          <span>{t.statementComment.list}</span>
          {pending > 0 && (
            <Typography.Text type="warning" data-testid="statement-comments-pending">
              {format(t.statementComment.pendingCount, { count: pending })}
            </Typography.Text>
          )}
        </Flex>
      }
      data-testid="statement-comments"
    >
      <Typography.Paragraph type="secondary">{t.statementComment.hint}</Typography.Paragraph>
      {comments.isError ? (
        <Alert type="error" showIcon title={t.common.networkError} />
      ) : items.length === 0 && !comments.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.statementComment.none} />
      ) : (
        <List<StatementComment>
          loading={comments.isPending}
          dataSource={items}
          data-testid="statement-comments-list"
          renderItem={(comment) => (
            <List.Item
              key={comment.id}
              className={comment.id === target ? 'statement-comment-target' : undefined}
              data-testid="statement-comment"
              data-status={comment.status}
              data-comment-id={comment.id}
              actions={
                canModerate && comment.status === 'pending'
                  ? [
                      <Button
                        key="approve"
                        size="small"
                        type="primary"
                        icon={<CheckOutlined />}
                        loading={moderate.isPending && moderate.variables?.id === comment.id}
                        onClick={() => decide(comment, 'approve')}
                        data-testid="statement-comment-approve"
                      >
                        {t.statementComment.approve}
                      </Button>,
                      <Popconfirm
                        key="reject"
                        title={t.statementComment.rejectConfirm}
                        okText={t.statementComment.reject}
                        cancelText={t.common.cancel}
                        onConfirm={() => decide(comment, 'reject')}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<CloseOutlined />}
                          data-testid="statement-comment-reject"
                        >
                          {t.statementComment.reject}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex gap="small" wrap align="center">
                  <Typography.Text strong>{comment.displayName}</Typography.Text>
                  <CommentStatusTag status={comment.status} />
                  <Typography.Text type="secondary">
                    {formatDateTime(comment.createdAt, locale)}
                  </Typography.Text>
                </Flex>
                <p className="statement-comment-body">{comment.body}</p>
                {comment.moderatedAt && (
                  <Typography.Text type="secondary">
                    {format(t.statementComment.moderated, {
                      name: comment.moderatedByName ?? t.history.system,
                      date: formatDateTime(comment.moderatedAt, locale),
                    })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
