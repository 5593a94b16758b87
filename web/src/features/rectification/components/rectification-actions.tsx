import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type RectificationActionInput, useRectificationAction } from '../api/run-rectification-action';
import { RECTIFICATION_ITEM_WORKFLOW, type RectificationAction, type RectificationItem } from '../types';

/** The text an action takes, as the workflow declares it (a reason, an opinion, a summary), if any. */
function inputOf(action: RectificationAction): WorkflowInput | undefined {
  return (RECTIFICATION_ITEM_WORKFLOW.actions[action] as { input?: WorkflowInput }).input;
}

/** The step each side is expected to take next: drawn as primary buttons. */
const PRIMARY: readonly RectificationAction[] = ['start', 'claim', 'signOff', 'confirm'];
/** Actions that turn the item back: drawn as danger buttons. */
const DANGER: readonly RectificationAction[] = ['return', 'refuse', 'reopen'];

/** One action: what it does, and the text it takes (required or not, per the workflow). */
function ActionModal({
  item,
  action,
  onClose,
}: {
  item: RectificationItem;
  action: RectificationAction;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const run = useRectificationAction();
  const onError = useApiErrorHandler();
  const input = inputOf(action);
  const label = t.rectificationAction[action];
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: DANGER.includes(action), ...testId('rectification-action-submit') }}
      confirmLoading={run.isPending}
      data-testid="rectification-action-modal"
      data-action={action}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {item.problem}
      </Typography.Paragraph>
      <Typography.Paragraph>{t.rectificationActionHint[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`rectification-${action}`}
        onFinish={(values) => {
          const text = input ? values[input.field]?.trim() : undefined;
          const body = input ? { [input.field]: text || null } : {};
          run.mutate({ id: item.id, action, ...body } as RectificationActionInput, {
            onSuccess: () => {
              message.success(t.rectificationActionDone[action]);
              onClose();
            },
            onError: (error) => onError(error, form),
          });
        }}
      >
        {input && (
          <Form.Item
            name={input.field}
            label={t.rectificationActionInput[input.field as 'opinion' | 'reason' | 'summary']}
            rules={input.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input.max ?? 1000}
              placeholder={
                t.rectificationActionInput[
                  `${input.field}Placeholder` as
                    | 'opinionPlaceholder'
                    | 'reasonPlaceholder'
                    | 'summaryPlaceholder'
                ]
              }
              data-testid="rectification-action-text"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The item's workflow buttons; each opens its dialog (the text it takes, and a confirmation). */
export function RectificationActionButtons({
  item,
  actions,
}: {
  item: RectificationItem;
  actions: readonly RectificationAction[];
}) {
  const t = useT();
  const [running, setRunning] = useState<RectificationAction | null>(null);
  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          danger={DANGER.includes(action)}
          onClick={() => setRunning(action)}
          data-testid={`rectification-action-${action}`}
        >
          {t.rectificationAction[action]}
        </Button>
      ))}
      {running && <ActionModal item={item} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
