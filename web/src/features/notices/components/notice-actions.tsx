import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type NoticeActionInput, useNoticeAction } from '../api/run-notice-action';
import { NOTICE_WORKFLOW, type Notice, type NoticeAction } from '../types';

function inputOf(action: NoticeAction): WorkflowInput | undefined {
  return (NOTICE_WORKFLOW.actions[action] as { input?: WorkflowInput }).input;
}

function ActionModal({
  notice,
  action,
  onClose,
}: {
  notice: Notice;
  action: NoticeAction;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const run = useNoticeAction();
  const onError = useApiErrorHandler();
  const input = inputOf(action);
  const label = t.noticeAction[action];
  return (
    <Modal
      open
      title={`${label} · ${notice.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: action === 'return', ...testId('notice-action-submit') }}
      confirmLoading={run.isPending}
      data-testid="notice-action-modal"
    >
      <Typography.Paragraph>{t.noticeActionHint[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`notice-${action}`}
        onFinish={(values) => {
          const text = input ? values[input.field]?.trim() : undefined;
          const body = input ? { [input.field]: text || null } : {};
          run.mutate({ id: notice.id, action, ...body } as NoticeActionInput, {
            onSuccess: () => {
              message.success(t.noticeActionDone[action]);
              onClose();
            },
            onError: (error) => onError(error, form),
          });
        }}
      >
        {input && (
          <Form.Item
            name={input.field}
            label={t.noticeActionInput[input.field as 'opinion' | 'reason']}
            rules={input.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input.max ?? 1000}
              placeholder={
                t.noticeActionInput[`${input.field}Placeholder` as 'opinionPlaceholder' | 'reasonPlaceholder']
              }
              data-testid="notice-action-text"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The workflow buttons of the person's role on this notice. Approval is not offered to an author
 * (the server refuses it too: 四眼原则).
 */
export function NoticeActionButtons({
  notice,
  actions,
}: {
  notice: Notice;
  actions: readonly NoticeAction[];
}) {
  const t = useT();
  const [running, setRunning] = useState<NoticeAction | null>(null);
  const shown = actions.filter((a) => !(a === 'approve' && notice.authoredByYou));
  return (
    <>
      {shown.map((action) => (
        <Button
          key={action}
          type={action === 'return' || action === 'withdraw' ? 'default' : 'primary'}
          danger={action === 'return'}
          onClick={() => setRunning(action)}
          data-testid={`notice-action-${action}`}
        >
          {t.noticeAction[action]}
        </Button>
      ))}
      {running && <ActionModal notice={notice} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
