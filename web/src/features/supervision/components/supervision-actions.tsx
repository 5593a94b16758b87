import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type SupervisionActionInput, useSupervisionAction } from '../api/run-supervision-action';
import { isDangerAction } from '../supervision-actions';
import { SUPERVISION_ITEM_WORKFLOW, type SupervisionItem, type SupervisionItemAction } from '../types';

/** The text an action takes, as the workflow declares it (a reason, an opinion, a summary), if any. */
function inputOf(action: SupervisionItemAction): WorkflowInput | undefined {
  return (SUPERVISION_ITEM_WORKFLOW.actions[action] as { input?: WorkflowInput }).input;
}

/** The step each side is expected to take next: drawn as primary buttons. */
const PRIMARY: readonly SupervisionItemAction[] = ['assign', 'accept', 'submit', 'approve', 'close'];

/** One action: what it does, and the text it takes (required or not, per the workflow). */
function ActionModal({
  item,
  action,
  onClose,
}: {
  item: SupervisionItem;
  action: SupervisionItemAction;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const run = useSupervisionAction();
  const onError = useApiErrorHandler();
  const input = inputOf(action);
  const label = t.supervisionAction[action];
  return (
    <Modal
      open
      title={`${label} · ${item.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: isDangerAction(action), ...testId('supervision-action-submit') }}
      confirmLoading={run.isPending}
      data-testid="supervision-action-modal"
      data-action={action}
    >
      <Typography.Paragraph>{t.supervisionActionHint[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`supervision-${action}`}
        onFinish={(values) => {
          const text = input ? values[input.field]?.trim() : undefined;
          const body = input ? { [input.field]: text || null } : {};
          run.mutate({ id: item.id, action, ...body } as SupervisionActionInput, {
            onSuccess: () => {
              message.success(t.supervisionActionDone[action]);
              onClose();
            },
            onError: (error) => onError(error, form),
          });
        }}
      >
        {input && (
          <Form.Item
            name={input.field}
            label={t.supervisionActionInput[input.field as 'opinion' | 'reason' | 'summary']}
            rules={input.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input.max ?? 1000}
              placeholder={
                t.supervisionActionInput[
                  `${input.field}Placeholder` as
                    | 'opinionPlaceholder'
                    | 'reasonPlaceholder'
                    | 'summaryPlaceholder'
                ]
              }
              data-testid="supervision-action-text"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The item's workflow buttons; each opens its dialog (the text it takes, and a confirmation). */
export function SupervisionActionButtons({
  item,
  actions,
}: {
  item: SupervisionItem;
  actions: readonly SupervisionItemAction[];
}) {
  const t = useT();
  const [running, setRunning] = useState<SupervisionItemAction | null>(null);
  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          danger={isDangerAction(action)}
          onClick={() => setRunning(action)}
          data-testid={`supervision-action-${action}`}
        >
          {t.supervisionAction[action]}
        </Button>
      ))}
      {running && <ActionModal item={item} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
