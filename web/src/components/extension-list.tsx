import type { ExtensionRequest, ExtensionStatus } from '@zeren/contracts';
import { App, Button, Empty, Flex, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { format } from '../i18n/catalogs';
import { useLocale, useT } from '../i18n/use-t';
import type { ExtensionAction, ExtensionDecision, ExtensionWorkflow } from '../lib/extensions';
import { useApiErrorHandler } from '../lib/form-errors';
import { testId } from '../lib/form-values';
import { formatDate, formatDateTime } from '../lib/format';
import type { MutationOf } from '../lib/mutation';
import { useCan, workflowActions } from '../lib/use-can';
import { StatusTag, type Tone } from './status-tag';

const TONES: Record<ExtensionStatus, Tone> = {
  requested: 'processing',
  approved: 'success',
  refused: 'error',
};

export function ExtensionStatusTag({ status }: { status: ExtensionStatus }) {
  const t = useT();
  return (
    <StatusTag tone={TONES[status]} data-testid="extension-status" data-status={status}>
      {t.extensionStatus[status]}
    </StatusTag>
  );
}

/**
 * 同意 (the opinion optional) or 不同意 (the reason required): the decision of the unit that set
 * the deadline on one request.
 */
function DecisionModal({
  request,
  action,
  workflow,
  decide,
  onClose,
}: {
  request: ExtensionRequest;
  action: ExtensionAction;
  workflow: ExtensionWorkflow;
  decide: MutationOf<ExtensionDecision>;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const onError = useApiErrorHandler();
  const approving = action === 'approve';
  // The action's text field as the workflow names it (opinion / reason), for server field errors.
  const field = workflow.actions[action].input?.field ?? (approving ? 'opinion' : 'reason');
  return (
    <Modal
      open
      title={approving ? t.extension.approveTitle : t.extension.refuseTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={approving ? t.extension.approve : t.extension.refuse}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: !approving, ...testId(`extension-${action}-submit`) }}
      confirmLoading={decide.isPending}
      data-testid={`extension-${action}-modal`}
    >
      {approving && (
        <Typography.Paragraph>
          {format(t.extension.approveConfirm, {
            from: formatDate(request.currentDueDate, locale),
            to: formatDate(request.requestedDueDate, locale),
          })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        name={`extension-${action}`}
        onFinish={(values) =>
          decide.mutate(
            approving
              ? { id: request.id, action, opinion: values[field]?.trim() || null }
              : { id: request.id, action, reason: values[field]!.trim() },
            {
              onSuccess: () => {
                message.success(approving ? t.extension.approved : t.extension.refused);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name={field}
          label={approving ? t.extension.opinion : t.extension.refuseReason}
          rules={approving ? [] : [{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={approving ? t.extension.opinionPlaceholder : t.extension.refusePlaceholder}
            data-testid={`extension-${action}-text`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * A record's extension requests, newest first: what was asked, by whom and why, and the decision.
 * The unit that set the deadline decides the open one here (`canDecide`), through the feature's
 * extension workflow (its permissions) and its decision mutation.
 */
export function ExtensionList({
  requests,
  canDecide,
  workflow,
  decide,
}: {
  requests: readonly ExtensionRequest[];
  canDecide: boolean;
  workflow: ExtensionWorkflow;
  decide: MutationOf<ExtensionDecision>;
}) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const [deciding, setDeciding] = useState<{ request: ExtensionRequest; action: ExtensionAction } | null>(
    null,
  );
  if (requests.length === 0)
    return <Empty description={t.extension.none} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <>
      <List<ExtensionRequest>
        dataSource={[...requests]}
        data-testid="extension-list"
        renderItem={(request) => {
          const actions = canDecide ? workflowActions(workflow, request.status, can) : [];
          return (
            <List.Item key={request.id} data-testid="extension-item" data-status={request.status}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap="small" wrap align="center" justify="space-between">
                  <Flex gap="small" wrap align="center">
                    <ExtensionStatusTag status={request.status} />
                    <Typography.Text data-testid="extension-dates">
                      {formatDate(request.currentDueDate, locale)} →{' '}
                      {formatDate(request.requestedDueDate, locale)}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text type="secondary">
                    {t.extension.requestedBy}
                    {t.history.labelSuffix}
                    {request.requestedByName ?? t.history.system} ·{' '}
                    {formatDateTime(request.requestedAt, locale)}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
                  <Typography.Text type="secondary">
                    {t.extension.reason}
                    {t.history.labelSuffix}
                  </Typography.Text>
                  {request.reason}
                </Typography.Paragraph>
                {request.decidedAt && (
                  <Typography.Paragraph
                    className="pre-wrap"
                    style={{ marginBottom: 0 }}
                    data-testid="extension-decision"
                  >
                    <Typography.Text type="secondary">
                      {t.extension.decidedBy}
                      {t.history.labelSuffix}
                      {request.decidedByName ?? t.history.system} ·{' '}
                      {formatDateTime(request.decidedAt, locale)}
                    </Typography.Text>
                    {request.opinion && (
                      <>
                        <br />
                        <Typography.Text type="secondary">
                          {request.status === 'refused' ? t.extension.refuseReason : t.extension.opinion}
                          {t.history.labelSuffix}
                        </Typography.Text>
                        {request.opinion}
                      </>
                    )}
                  </Typography.Paragraph>
                )}
                {actions.length > 0 && (
                  <Flex gap="small" wrap align="center">
                    <Typography.Text strong>{t.extension.waiting}</Typography.Text>
                    {actions.includes('approve') && (
                      <Button
                        type="primary"
                        size="small"
                        onClick={() => setDeciding({ request, action: 'approve' })}
                        data-testid="extension-approve"
                      >
                        {t.extension.approve}
                      </Button>
                    )}
                    {actions.includes('refuse') && (
                      <Button
                        danger
                        size="small"
                        onClick={() => setDeciding({ request, action: 'refuse' })}
                        data-testid="extension-refuse"
                      >
                        {t.extension.refuse}
                      </Button>
                    )}
                  </Flex>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
      {deciding && (
        <DecisionModal
          request={deciding.request}
          action={deciding.action}
          workflow={workflow}
          decide={decide}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
