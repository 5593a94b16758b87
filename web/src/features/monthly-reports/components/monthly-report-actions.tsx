import type { WorkflowInput } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type MonthlyReportActionInput, useMonthlyReportAction } from '../api/run-monthly-report-action';
import { MONTHLY_REPORT_WORKFLOW, type MonthlyReport, type MonthlyReportAction } from '../types';

function inputOf(action: MonthlyReportAction): WorkflowInput | undefined {
  return (MONTHLY_REPORT_WORKFLOW.actions[action] as { input?: WorkflowInput }).input;
}

/** One action: what it does, and the text it takes (an optional opinion, a required reason). */
function ActionModal({
  report,
  action,
  title,
  onClose,
}: {
  report: MonthlyReport;
  action: MonthlyReportAction;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const run = useMonthlyReportAction();
  const onError = useApiErrorHandler();
  const input = inputOf(action);
  const label = t.monthlyReportAction[action];
  return (
    <Modal
      open
      title={`${label} · ${title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: action === 'return', ...testId('monthly-report-action-submit') }}
      confirmLoading={run.isPending}
      data-testid="monthly-report-action-modal"
    >
      <Typography.Paragraph>{t.monthlyReportActionHint[action]}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`monthly-report-${action}`}
        onFinish={(values) => {
          const text = input ? values[input.field]?.trim() : undefined;
          const body = input ? { [input.field]: text || null } : {};
          run.mutate({ id: report.id, action, ...body } as MonthlyReportActionInput, {
            onSuccess: () => {
              message.success(t.monthlyReportActionDone[action]);
              onClose();
            },
            onError: (error) => onError(error, form),
          });
        }}
      >
        {input && (
          <Form.Item
            name={input.field}
            label={t.monthlyReportActionInput[input.field as 'opinion' | 'reason']}
            rules={input.required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={input.max ?? 1000}
              placeholder={
                t.monthlyReportActionInput[
                  `${input.field}Placeholder` as 'opinionPlaceholder' | 'reasonPlaceholder'
                ]
              }
              data-testid="monthly-report-action-text"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The report's workflow buttons (those of the person's role), each opening its dialog. */
export function MonthlyReportActionButtons({
  report,
  actions,
  title,
}: {
  report: MonthlyReport;
  actions: readonly MonthlyReportAction[];
  title: string;
}) {
  const t = useT();
  const [running, setRunning] = useState<MonthlyReportAction | null>(null);
  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          type={action === 'return' ? 'default' : 'primary'}
          danger={action === 'return'}
          onClick={() => setRunning(action)}
          data-testid={`monthly-report-action-${action}`}
        >
          {t.monthlyReportAction[action]}
        </Button>
      ))}
      {running && (
        <ActionModal report={report} action={running} title={title} onClose={() => setRunning(null)} />
      )}
    </>
  );
}
