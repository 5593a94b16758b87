import { FileSearchOutlined, GlobalOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Divider, Drawer, Flex, Form, Grid, Input, Popconfirm, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { EMPTY, formatDate, formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { openRectificationFromHref } from '../../rectification/module';
import { useAnswerSuggestion } from '../api/answer-suggestion';
import { useCloseSuggestion } from '../api/close-suggestion';
import { useSuggestion } from '../api/get-suggestion';
import { usePublishSuggestion } from '../api/publish-suggestion';
import { useRecordSuggestionAction } from '../api/record-suggestion-action';
import { SUGGESTION_WORKFLOW } from '../types';
import { SuggestionStatusTag } from './suggestion-status-tag';

/**
 * One suggestion in full (GET /api/suggestions/:id, an audited view of the submitter's contact),
 * with the answer form, publishing on the portal (and withdrawing), and closing. Publishing and
 * withdrawing ask first, as the other publishing actions do.
 */
export function SuggestionDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ answer: string }>();
  const [actionForm] = Form.useForm<{ text: string }>();
  const recordAction = useRecordSuggestionAction();
  const suggestion = useSuggestion(id);
  const answer = useAnswerSuggestion();
  const publish = usePublishSuggestion();
  const close = useCloseSuggestion();
  const data = suggestion.data;

  useEffect(() => {
    if (data) form.setFieldsValue({ answer: data.answer ?? '' });
  }, [data, form]);

  const body = () => {
    if (!data) return <PageSpinner />;
    const allowed = new Set(workflowActions(SUGGESTION_WORKFLOW, data.status, can));
    const canPublish = allowed.has('publish') || allowed.has('unpublish');
    const details = (
      <Flex vertical gap="middle">
        <Details
          column={1}
          bordered
          data-testid="suggestion-details"
          items={[
            {
              key: 'status',
              label: t.suggestion.status,
              children: <SuggestionStatusTag status={data.status} />,
            },
            { key: 'title', label: t.suggestion.subject, children: data.title },
            {
              key: 'content',
              label: t.suggestion.content,
              children: <span className="pre-wrap">{data.content}</span>,
            },
            { key: 'unit', label: t.suggestion.unit, children: data.unitName },
            { key: 'domain', label: t.suggestion.domain, children: data.domainTitle },
            {
              key: 'channel',
              label: t.suggestion.channel,
              children: t.suggestionChannel[data.channel] ?? data.channel,
            },
            {
              key: 'submitter',
              label: t.suggestion.submitter,
              children: (
                <span data-testid="suggestion-submitter">{data.submitterName || t.suggestion.anonymous}</span>
              ),
            },
            {
              key: 'contact',
              label: t.suggestion.contact,
              children: <span data-testid="suggestion-contact">{data.submitterContact || EMPTY}</span>,
            },
            { key: 'trackingCode', label: t.suggestion.trackingCode, children: data.trackingCode },
            {
              key: 'createdAt',
              label: t.suggestion.createdAt,
              children: formatDateTime(data.createdAt, locale),
            },
            ...(data.answeredAt
              ? [
                  {
                    key: 'answeredAt',
                    label: t.suggestion.answeredAt,
                    children: formatDateTime(data.answeredAt, locale),
                  },
                ]
              : []),
            ...(data.publishedAt && data.isPublic
              ? [
                  {
                    key: 'publishedAt',
                    label: t.suggestion.publishedAt,
                    children: formatDateTime(data.publishedAt, locale),
                  },
                ]
              : []),
          ]}
        />
        <Divider titlePlacement="start" plain>
          {t.suggestion.answer}
        </Divider>
        {allowed.has('answer') ? (
          <Form
            form={form}
            layout="vertical"
            name="suggestion-answer"
            onFinish={({ answer: text }) =>
              answer.mutate(
                { id, answer: text.trim() },
                {
                  onSuccess: () => message.success(t.suggestion.answered),
                  onError: (error) => onError(error, form),
                },
              )
            }
          >
            <Form.Item
              name="answer"
              label={t.suggestion.answer}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 4, maxRows: 12 }}
                maxLength={4000}
                placeholder={t.suggestion.answerPlaceholder}
                data-testid="suggestion-answer-input"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={answer.isPending}
              data-testid="suggestion-answer-submit"
            >
              {t.suggestion.saveAnswer}
            </Button>
          </Form>
        ) : (
          <Typography.Paragraph className="pre-wrap" data-testid="suggestion-answer">
            {data.answer ?? t.suggestion.noAnswer}
          </Typography.Paragraph>
        )}
        {(data.status === 'answered' || data.status === 'published' || data.actions.length > 0) && (
          <Flex vertical gap="small" data-testid="suggestion-actions">
            <Typography.Text strong>{t.suggestion.actions}</Typography.Text>
            {data.actions.length === 0 ? (
              <Typography.Text type="secondary">{t.suggestion.noActions}</Typography.Text>
            ) : (
              data.actions.map((a) => (
                <div key={a.id} data-testid="suggestion-action">
                  <Typography.Text type="secondary">
                    {formatDate(a.date, locale)}
                    {a.byName ? ` · ${a.byName}` : ''}
                  </Typography.Text>
                  <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
                    {a.text}
                  </Typography.Paragraph>
                </div>
              ))
            )}
            {can('suggestion.answer') && (data.status === 'answered' || data.status === 'published') && (
              <Form
                form={actionForm}
                layout="vertical"
                name="suggestion-action"
                onFinish={({ text }) =>
                  recordAction.mutate(
                    { id, text: text.trim() },
                    {
                      onSuccess: () => {
                        actionForm.resetFields();
                        message.success(t.suggestion.actionRecorded);
                      },
                      onError: (error) => onError(error, actionForm),
                    },
                  )
                }
              >
                <Typography.Text type="secondary">{t.suggestion.actionsHint}</Typography.Text>
                <Form.Item
                  name="text"
                  label={t.suggestion.actionText}
                  rules={[{ required: true, whitespace: true, message: t.suggestion.actionText }]}
                  style={{ marginTop: 8 }}
                >
                  <Input.TextArea
                    rows={3}
                    maxLength={5000}
                    placeholder={t.suggestion.actionPlaceholder}
                    data-testid="suggestion-action-input"
                  />
                </Form.Item>
                <Button
                  htmlType="submit"
                  loading={recordAction.isPending}
                  data-testid="suggestion-action-submit"
                >
                  {t.suggestion.recordAction}
                </Button>
              </Form>
            )}
          </Flex>
        )}
        {canPublish && (
          <Flex vertical gap="small" data-testid="suggestion-publishing">
            <Typography.Text strong data-testid="suggestion-public-state" data-public={data.isPublic}>
              {data.isPublic ? t.suggestion.publicNow : t.suggestion.notPublic}
            </Typography.Text>
            <Typography.Text type="secondary">{t.suggestion.publishHint}</Typography.Text>
            <Popconfirm
              title={data.isPublic ? t.suggestion.confirmUnpublish : t.suggestion.confirmPublish}
              okText={data.isPublic ? t.suggestion.unpublish : t.suggestion.publish}
              cancelText={t.common.cancel}
              okButtonProps={{ danger: data.isPublic, ...testId('suggestion-publish-confirm') }}
              styles={{ root: { maxWidth: 360 } }}
              onConfirm={() =>
                publish.mutate(
                  { id, publish: !data.isPublic },
                  {
                    onSuccess: (saved) =>
                      message.success(
                        saved.isPublic ? t.suggestion.publishedDone : t.suggestion.unpublishedDone,
                      ),
                    onError: (error) => onError(error),
                  },
                )
              }
            >
              <Button
                icon={data.isPublic ? <StopOutlined /> : <GlobalOutlined />}
                type={data.isPublic ? 'default' : 'primary'}
                loading={publish.isPending}
                style={{ alignSelf: 'flex-start' }}
                data-testid={data.isPublic ? 'suggestion-unpublish' : 'suggestion-publish'}
              >
                {data.isPublic ? t.suggestion.unpublish : t.suggestion.publish}
              </Button>
            </Popconfirm>
          </Flex>
        )}
        {allowed.has('close') && (
          <Popconfirm
            title={t.suggestion.confirmClose}
            okText={t.suggestion.close}
            cancelText={t.common.cancel}
            onConfirm={() =>
              close.mutate(id, {
                onSuccess: () => message.success(t.suggestion.closedDone),
                onError: (error) => onError(error),
              })
            }
          >
            <Button
              loading={close.isPending}
              data-testid="suggestion-close"
              style={{ alignSelf: 'flex-start' }}
            >
              {t.suggestion.close}
            </Button>
          </Popconfirm>
        )}
        {can('rectification.item.manage') && (
          <Link to={openRectificationFromHref('suggestion', id)} style={{ alignSelf: 'flex-start' }}>
            <Button icon={<FileSearchOutlined />} data-testid="suggestion-open-rectification">
              {t.rectification.createFromSource}
            </Button>
          </Link>
        )}
      </Flex>
    );
    return (
      <Tabs
        items={[
          { key: 'details', label: t.common.details, children: details },
          historyTab(t.history.tab, { recordType: 'suggestion', id }),
        ]}
      />
    );
  };

  return (
    <Drawer
      open
      title={t.suggestion.detailTitle}
      size={screens.sm === false ? '100%' : 560}
      onClose={onClose}
      data-testid="suggestion-drawer"
    >
      {body()}
    </Drawer>
  );
}
