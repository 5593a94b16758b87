import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type StatementActionInput, useStatementAction } from '../api/run-statement-action';
import { DANGER_ACTIONS as DANGER, shownStatementActions } from '../statement-actions';
import { DUTY_STATEMENT_WORKFLOW, type DutyStatement, type DutyStatementAction } from '../types';

function inputOf(action: DutyStatementAction): WorkflowInput | undefined {
  return (DUTY_STATEMENT_WORKFLOW.actions[action] as { input?: WorkflowInput }).input;
}

function ActionModal({
  statement,
  action,
  onClose,
}: {
  statement: DutyStatement;
  action: DutyStatementAction;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const run = useStatementAction();
  const onError = useApiErrorHandler();
  const input = inputOf(action);
  const label = t.statementAction[action];
  return (
    <Modal
      open
      title={`${label} · ${statement.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: DANGER.includes(action), ...testId('statement-action-submit') }}
      confirmLoading={run.isPending}
      data-testid="statement-action-modal"
    >
      <Typography.Paragraph>{t.statementActionHint[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`statement-${action}`}
        onFinish={(values) => {
          const text = input ? values[input.field]?.trim() : undefined;
          const body = input ? { [input.field]: text || null } : {};
          run.mutate({ id: statement.id, action, ...body } as StatementActionInput, {
            onSuccess: () => {
              message.success(t.statementActionDone[action]);
              onClose();
            },
            onError: (error) => onError(error, form),
          });
        }}
      >
        {input && (
          <Form.Item
            name={input.field}
            label={t.statementActionInput[input.field as 'opinion' | 'reason']}
            rules={input.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input.max ?? 1000}
              placeholder={
                t.statementActionInput[
                  `${input.field}Placeholder` as 'opinionPlaceholder' | 'reasonPlaceholder'
                ]
              }
              data-testid="statement-action-text"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The workflow buttons of the person's role on this statement (签发, 退回修改, 审核通过, 公开, 撤下). */
export function StatementActionButtons({
  statement,
  actions,
}: {
  statement: DutyStatement;
  actions: readonly DutyStatementAction[];
}) {
  const t = useT();
  const [running, setRunning] = useState<DutyStatementAction | null>(null);
  return (
    <>
      {shownStatementActions(statement, actions).map((action) => (
        <Button
          key={action}
          type={DANGER.includes(action) ? 'default' : 'primary'}
          danger={DANGER.includes(action)}
          onClick={() => setRunning(action)}
          data-testid={`statement-action-${action}`}
        >
          {t.statementAction[action]}
        </Button>
      ))}
      {running && <ActionModal statement={statement} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
