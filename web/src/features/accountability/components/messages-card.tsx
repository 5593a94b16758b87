import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Typography } from 'antd';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useSendLeadMessage } from '../api/send-lead-message';
import type { LeadDetail } from '../types';

/** Messages between the handlers and a public report's reporter, and a box to write to them. */
export function MessagesCard({ detail, canSend }: { detail: LeadDetail; canSend: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendLeadMessage();
  const onError = useApiErrorHandler();
  return (
    <Card size="small" title={t.leadMessages.title} data-testid="lead-messages">
      {detail.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.leadMessages.none} />
      ) : (
        <ul className="plain-list lead-message-list">
          {detail.messages.map((m) => (
            <li
              key={m.id}
              className={`lead-message lead-message-${m.direction}`}
              data-testid="lead-message"
              data-direction={m.direction}
            >
              <Typography.Text type="secondary" className="history-meta">
                {t.messageDirection[m.direction]} · {formatDateTime(m.createdAt, locale)}
              </Typography.Text>
              <div className="pre-wrap">{m.body}</div>
            </li>
          ))}
        </ul>
      )}
      {canSend && (
        <Form
          form={form}
          name="lead-message"
          onFinish={(values) =>
            send.mutate(
              { id: detail.lead.id, body: values.body.trim() },
              {
                onSuccess: () => {
                  message.success(t.leadMessages.sent);
                  form.resetFields();
                },
                onError: (error) => onError(error, form),
              },
            )
          }
        >
          <Flex vertical gap={8} style={{ marginTop: 12 }}>
            <Form.Item
              name="body"
              noStyle
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={2000}
                placeholder={t.leadMessages.placeholder}
                aria-label={t.leadMessages.title}
                data-testid="lead-message-body"
              />
            </Form.Item>
            <Flex justify="end">
              <Button
                type="primary"
                htmlType="submit"
                icon={<SendOutlined />}
                loading={send.isPending}
                data-testid="lead-message-send"
              >
                {t.leadMessages.send}
              </Button>
            </Flex>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
