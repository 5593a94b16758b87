import { CheckCircleFilled } from '@ant-design/icons';
import { App, Card, Checkbox, Flex, Form, Input, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDateTime } from '../../../lib/format';
import { useConfirmCaseRequirement } from '../api/confirm-case-requirement';
import type { CaseDetail, Requirement } from '../types';

/** Confirming one requirement asks how it is met (the note goes to the history). */
function ConfirmModal({
  caseId,
  requirement,
  onClose,
}: {
  caseId: string;
  requirement: Requirement;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const confirm = useConfirmCaseRequirement();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.requirement[requirement]}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      okButtonProps={testId('requirement-confirm-submit')}
      confirmLoading={confirm.isPending}
      data-testid="requirement-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name={`requirement-${requirement}`}
        onFinish={(values) =>
          confirm.mutate(
            { id: caseId, requirement, confirmed: true, note: values.note.trim() },
            {
              onSuccess: () => {
                message.success(t.case.requirementConfirmed);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="note"
          label={t.case.requirementNote}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t.case.requirementNotePlaceholder}
            data-testid="requirement-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 六项要求: each a checkbox that, when ticked, asks how the requirement is met; a confirmed one
 * shows its note and when it was confirmed, and may be withdrawn while the case is verified.
 */
export function RequirementsCard({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const withdraw = useConfirmCaseRequirement();
  const [confirming, setConfirming] = useState<Requirement | null>(null);
  const confirmed = detail.requirements.filter((r) => r.confirmed).length;
  return (
    <Card
      size="small"
      title={t.case.requirements}
      extra={
        <Typography.Text type={confirmed === 6 ? 'success' : 'secondary'} data-testid="requirements-count">
          {format(t.case.requirementsCount, { confirmed })}
        </Typography.Text>
      }
      data-testid="case-requirements"
    >
      <Progress percent={Math.round((confirmed / 6) * 100)} showInfo={false} size="small" />
      <Typography.Paragraph type="secondary">{t.case.requirementsHint}</Typography.Paragraph>
      {detail.requirements.map((r) => (
        <div
          key={r.requirement}
          className="requirement-row"
          data-testid="requirement"
          data-requirement={r.requirement}
          data-confirmed={r.confirmed}
        >
          <Flex justify="space-between" align="center" gap="small" wrap>
            <Checkbox
              checked={r.confirmed}
              disabled={!editable || withdraw.isPending}
              title={r.confirmed && editable ? t.case.withdraw : undefined}
              onChange={(event) => {
                if (event.target.checked) setConfirming(r.requirement);
                else
                  withdraw.mutate(
                    { id: detail.case.id, requirement: r.requirement, confirmed: false },
                    {
                      onSuccess: () => message.success(t.case.requirementWithdrawn),
                      onError: (error) => onError(error),
                    },
                  );
              }}
              data-testid={`requirement-${r.requirement}`}
            >
              <Typography.Text strong={r.confirmed}>
                {r.confirmed && <CheckCircleFilled style={{ color: '#389e0d', marginInlineEnd: 4 }} />}
                {t.requirement[r.requirement]}
              </Typography.Text>
            </Checkbox>
            {r.confirmedAt && (
              <Typography.Text type="secondary" className="history-meta">
                {format(t.case.confirmedAt, {
                  name: r.confirmedByName ?? '—',
                  time: formatDateTime(r.confirmedAt, locale),
                })}
              </Typography.Text>
            )}
          </Flex>
          {r.note && (
            <Typography.Paragraph type="secondary" className="pre-wrap" style={{ margin: '2px 0 0 24px' }}>
              {r.note}
            </Typography.Paragraph>
          )}
        </div>
      ))}
      {confirming && (
        <ConfirmModal caseId={detail.case.id} requirement={confirming} onClose={() => setConfirming(null)} />
      )}
    </Card>
  );
}
