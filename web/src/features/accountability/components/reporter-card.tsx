import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { StatusTag } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useCan } from '../../../lib/use-can';
import { useRevealLeadReporter } from '../api/reveal-lead-reporter';
import type { LeadDetail } from '../types';

/**
 * 查看举报人身份: re-enter the password and say why, warned that it is recorded and that the
 * reporter sees it; then the name and contact, shown in the dialog only (never kept).
 */
function RevealModal({ leadId, onClose }: { leadId: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string; reason: string }>();
  const reveal = useRevealLeadReporter();
  const onError = useApiErrorHandler();
  const [shown, setShown] = useState<{ name: string | null; contact: string | null } | null>(null);
  return (
    <Modal
      open
      title={t.reporter.revealTitle}
      onCancel={onClose}
      onOk={shown ? onClose : () => form.submit()}
      okText={shown ? t.common.close : t.reporter.confirm}
      cancelButtonProps={shown ? { style: { display: 'none' } } : {}}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: !shown, ...testId('reveal-submit') }}
      confirmLoading={reveal.isPending}
      destroyOnHidden
      data-testid="reveal-modal"
    >
      {shown ? (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'name',
                label: t.reporter.name,
                children: <span data-testid="reveal-name">{shown.name}</span>,
              },
              {
                key: 'contact',
                label: t.reporter.contact,
                children: <span data-testid="reveal-contact">{shown.contact}</span>,
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t.reporter.shownOnce}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <Alert type="warning" showIcon className="toolbar" title={t.reporter.revealWarning} />
          <Form
            form={form}
            layout="vertical"
            name="reveal-reporter"
            autoComplete="off"
            onFinish={(values) =>
              reveal.mutate(
                { id: leadId, password: values.password, reason: values.reason.trim() },
                { onSuccess: setShown, onError: (error) => onError(error, form) },
              )
            }
          >
            <Form.Item
              name="password"
              label={t.reporter.password}
              rules={[{ required: true, message: t.common.required }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                data-testid="reveal-password"
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t.reporter.reason}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={500}
                placeholder={t.reporter.reasonPlaceholder}
                data-testid="reveal-reason"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

/** A public report's reporter: named or anonymous, whether the identity was revealed, their rating. */
export function ReporterCard({ detail }: { detail: LeadDetail }) {
  const t = useT();
  const can = useCan();
  const [revealing, setRevealing] = useState(false);
  const reporter = detail.reporter;
  if (!reporter) return null;
  return (
    <Card size="small" title={t.reporter.title} data-testid="lead-reporter">
      <Flex vertical gap={8}>
        <Flex gap={6} wrap align="center">
          <StatusTag tone={reporter.named ? 'processing' : 'default'} data-testid="reporter-kind">
            {reporter.named ? t.reporter.named : t.reporter.anonymous}
          </StatusTag>
          {reporter.satisfaction && (
            <Typography.Text>
              {t.reporter.satisfaction}
              {t.history.labelSuffix}
              {t.satisfaction[reporter.satisfaction]}
            </Typography.Text>
          )}
        </Flex>
        {reporter.named && (
          <Typography.Text type={reporter.revealed ? 'warning' : 'secondary'} data-testid="reporter-revealed">
            {reporter.revealed ? t.reporter.revealed : t.reporter.notRevealed}
          </Typography.Text>
        )}
        {reporter.named && can('accountability.identity.reveal') && (
          <Button icon={<EyeOutlined />} onClick={() => setRevealing(true)} data-testid="reporter-reveal">
            {t.reporter.reveal}
          </Button>
        )}
      </Flex>
      {revealing && <RevealModal leadId={detail.lead.id} onClose={() => setRevealing(false)} />}
    </Card>
  );
}
