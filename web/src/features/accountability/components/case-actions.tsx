import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { type CaseActionInput, useCaseAction } from '../api/run-case-action';
import type { AccountabilityCase, CaseAction } from '../types';

/** The refusals the dialog shows in place (its reason must stay in view): the lock and four eyes. */
const SHOWN_IN_PLACE = ['DECISION_LOCKED', 'FOUR_EYES'];

/** One step of the decision, with the text it takes; the server's refusal shown in the dialog. */
function CaseActionModal({
  item,
  action,
  onClose,
}: {
  item: AccountabilityCase;
  action: CaseAction;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const run = useCaseAction();
  const onError = useApiErrorHandler();
  const [refusal, setRefusal] = useState<string | null>(null);
  const field = action === 'return' ? 'reason' : 'opinion';
  const required = action !== 'approve';
  const label = t.caseAction[action];
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: action === 'return', ...testId('case-action-submit') }}
      confirmLoading={run.isPending}
      width={600}
      data-testid="case-action-modal"
      data-action={action}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {`${item.code} ${item.summary}`}
      </Typography.Paragraph>
      <Typography.Paragraph>{t.caseActionHint[action]}</Typography.Paragraph>
      {action === 'approve' && item.proposal && (
        <Alert
          type="info"
          className="toolbar"
          title={`${t.case.proposal}${t.history.labelSuffix}${item.proposedByName ?? ''}`}
          description={<span className="pre-wrap">{item.proposal}</span>}
        />
      )}
      {refusal && (
        <Alert type="error" showIcon className="toolbar" title={refusal} data-testid="case-action-refused" />
      )}
      <Form
        form={form}
        layout="vertical"
        name={`case-${action}`}
        onFinish={(values) => {
          setRefusal(null);
          const text = values.text?.trim() ?? '';
          const input = { id: item.id, action, [field]: text || null } as CaseActionInput;
          run.mutate(input, {
            onSuccess: () => {
              message.success(t.caseActionDone[action]);
              onClose();
            },
            onError: (error) => {
              if (error instanceof ApiError && SHOWN_IN_PLACE.includes(String(error.code)))
                setRefusal(error.problem.detail ?? error.problem.title);
              else onError(error, form);
            },
          });
        }}
      >
        <Form.Item
          name="text"
          label={action === 'propose' ? t.case.proposal : t.caseActionInput[field]}
          rules={required ? [{ required: true, whitespace: true, message: t.common.required }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: action === 'propose' ? 5 : 3, maxRows: 12 }}
            maxLength={action === 'propose' ? 4000 : 1000}
            placeholder={
              action === 'propose'
                ? t.caseActionInput.proposalPlaceholder
                : action === 'return'
                  ? t.caseActionInput.reasonPlaceholder
                  : t.caseActionInput.opinionPlaceholder
            }
            data-testid="case-action-text"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The case's decision buttons for the person's role: the handler's 提出处理意见 (disabled, with the
 * reason, until the six requirements are confirmed and a conclusion drawn), the approver's 审批同意
 * and 退回.
 */
export function CaseActionButtons({
  item,
  actions,
  lockedReason,
}: {
  item: AccountabilityCase;
  actions: readonly CaseAction[];
  /** Why proposing is locked, or null when it is not. */
  lockedReason: string | null;
}) {
  const t = useT();
  const [running, setRunning] = useState<CaseAction | null>(null);
  return (
    <>
      {actions.map((action) => {
        const locked = action === 'propose' && lockedReason !== null;
        const button = (
          <Button
            key={action}
            type={action === 'return' ? 'default' : 'primary'}
            danger={action === 'return'}
            disabled={locked}
            icon={locked ? <LockOutlined /> : undefined}
            onClick={() => setRunning(action)}
            data-testid={`case-action-${action}`}
          >
            {t.caseAction[action]}
          </Button>
        );
        return locked ? (
          <Tooltip key={action} title={lockedReason}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {running && <CaseActionModal item={item} action={running} onClose={() => setRunning(null)} />}
    </>
  );
}
