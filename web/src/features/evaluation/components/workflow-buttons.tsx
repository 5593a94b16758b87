import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';
import { useEvaluationErrorHandler } from './use-evaluation-error';

/** What the buttons of one workflow (a round's, an exemplar's) need to draw and run its actions. */
export interface WorkflowButtonsProps<A extends string> {
  /** The actions to draw, in order. */
  actions: readonly A[];
  /** The workflow's actions, for the text each takes (a reason, an opinion). */
  steps: Record<A, object>;
  /** The record's name, in the dialog's title. */
  subject: string;
  labels: Record<A, string>;
  hints: Record<A, string>;
  done: Record<A, string>;
  /** Actions drawn as danger. */
  danger?: readonly A[];
  /** `round-action` → `round-action-open`, `round-action-modal`, `round-action-text`, `round-action-submit`. */
  testIdPrefix: string;
  /** Runs an action with its text (`{ reason }`, `{ opinion }` or nothing). */
  run: (action: A, text: Record<string, string | null>) => Promise<unknown>;
  /** A reason an action may not run now (unsaved changes): shown instead of the dialog. */
  blockedBecause?: (action: A) => string | null;
}

function ActionModal<A extends string>({
  action,
  onClose,
  ...props
}: WorkflowButtonsProps<A> & { action: A; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [pending, setPending] = useState(false);
  const onError = useEvaluationErrorHandler();
  const input = (props.steps[action] as { input?: WorkflowInput }).input;
  const label = props.labels[action];
  const field = input?.field as 'opinion' | 'reason' | undefined;
  return (
    <Modal
      open
      title={`${label} · ${props.subject}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{
        danger: props.danger?.includes(action) ?? false,
        ...testId(`${props.testIdPrefix}-submit`),
      }}
      confirmLoading={pending}
      data-testid={`${props.testIdPrefix}-modal`}
    >
      <Typography.Paragraph>{props.hints[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`${props.testIdPrefix}-${action}`}
        onFinish={async (values) => {
          const text = field ? values[field]?.trim() || null : null;
          setPending(true);
          try {
            await props.run(action, field ? { [field]: text } : {});
            message.success(props.done[action]);
            onClose();
          } catch (error) {
            onError(error, form);
          } finally {
            setPending(false);
          }
        }}
      >
        {field && (
          <Form.Item
            name={field}
            label={t.evaluationActionInput[field]}
            rules={input?.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input?.max ?? 1000}
              placeholder={t.evaluationActionInput[`${field}Placeholder`]}
              data-testid={`${props.testIdPrefix}-text`}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The workflow buttons of the person's role on a record, each asking for its text in a dialog. */
export function WorkflowButtons<A extends string>(props: WorkflowButtonsProps<A>) {
  const { message } = App.useApp();
  const [running, setRunning] = useState<A | null>(null);
  return (
    <>
      {props.actions.map((action) => {
        const danger = props.danger?.includes(action) ?? false;
        return (
          <Button
            key={action}
            type={danger ? 'default' : 'primary'}
            danger={danger}
            onClick={() => {
              const blocked = props.blockedBecause?.(action);
              if (blocked) message.warning(blocked);
              else setRunning(action);
            }}
            data-testid={`${props.testIdPrefix}-${action}`}
          >
            {props.labels[action]}
          </Button>
        );
      })}
      {running && <ActionModal {...props} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
