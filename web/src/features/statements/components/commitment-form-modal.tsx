import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { todayInBeijing } from '../../../components/deadline-picker';
import { ProvisionalTag } from '../../../components/provisional-tag';
import { UnitPersonSelect } from '../../../components/unit-person-select';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDate } from '../../../lib/format';
import { useAddWorkingDays } from '../../calendar/api/working-days';
import { useCampaign } from '../../campaign/api/get-campaign';
import { useCreateCommitment, useUpdateCommitment } from '../api/commitments';
import { type Commitment, type DutyStatement, STATEMENT_TEXT_LIMITS } from '../types';

interface Values {
  promise: string;
  domainId?: string | null;
  responsiblePersonId?: string | null;
  startDate?: string | null;
  workingDays: number;
}

/** The due date N working days after the start date, as the calendar counts it (暂定 when provisional). */
function DuePreview({ startDate, workingDays }: { startDate: string; workingDays: number | undefined }) {
  const t = useT();
  const locale = useLocale();
  const due = useAddWorkingDays(startDate, workingDays);
  if (!workingDays || !due.data) return null;
  return (
    <Typography.Text type="secondary" data-testid="commitment-form-due" data-date={due.data.date}>
      {format(t.commitment.dueDatePreview, { date: formatDate(due.data.date, locale) })}{' '}
      {due.data.provisional && <ProvisionalTag />}
    </Typography.Text>
  );
}

/**
 * Adds a commitment to a draft statement or edits one: the promise, its key domain (one of the
 * campaign's, optional), the person of the statement's unit who answers for it, and its deadline
 * in working days from a start date (today when left empty).
 */
export function CommitmentFormModal({
  statement,
  commitment,
  onClose,
}: {
  statement: DutyStatement;
  /** The commitment edited; none: a new one. */
  commitment?: Commitment | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCommitment();
  const update = useUpdateCommitment();
  const onError = useApiErrorHandler();
  const campaign = useCampaign(statement.campaignId);
  const domains = campaign.data?.domains ?? [];
  const startDate = Form.useWatch('startDate', form) as string | null | undefined;
  const workingDays = Form.useWatch('workingDays', form) as number | undefined;

  const onFinish = (values: Values) => {
    const fields = {
      promise: values.promise.trim(),
      domainId: values.domainId ?? null,
      responsiblePersonId: values.responsiblePersonId ?? null,
      workingDays: values.workingDays,
    };
    const handlers = { onError: (error: unknown) => onError(error, form) };
    if (commitment)
      update.mutate(
        {
          id: commitment.id,
          changes: { ...fields, ...(values.startDate ? { startDate: values.startDate } : {}) },
        },
        {
          ...handlers,
          onSuccess: () => {
            message.success(t.commitment.saved);
            onClose();
          },
        },
      );
    else
      create.mutate(
        {
          statementId: statement.id,
          body: { ...fields, ...(values.startDate ? { startDate: values.startDate } : {}) },
        },
        {
          ...handlers,
          onSuccess: () => {
            message.success(t.commitment.added);
            onClose();
          },
        },
      );
  };

  return (
    <Modal
      open
      title={commitment ? t.commitment.editTitle : t.commitment.addTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={testId('commitment-form-submit')}
      width={640}
      data-testid="commitment-form"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="commitment"
        initialValues={
          commitment
            ? {
                promise: commitment.promise,
                domainId: commitment.domainId,
                responsiblePersonId: commitment.responsiblePersonId,
                startDate: commitment.startDate,
                workingDays: commitment.workingDays,
              }
            : { domainId: null, responsiblePersonId: null, startDate: null }
        }
        onFinish={onFinish}
      >
        <Form.Item
          name="promise"
          label={t.commitment.promise}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={STATEMENT_TEXT_LIMITS.promise}
            showCount
            data-testid="commitment-form-promise"
          />
        </Form.Item>
        {domains.length > 0 && (
          <Form.Item name="domainId" label={t.commitment.domain}>
            <Select
              allowClear
              options={domains.map((domain) => ({ value: domain.id, label: domain.title }))}
              data-testid="commitment-form-domain"
            />
          </Form.Item>
        )}
        <Form.Item name="responsiblePersonId" label={t.commitment.responsiblePerson}>
          <UnitPersonSelect
            unitId={statement.unitId}
            placeholder={t.commitment.selectPerson}
            known={
              commitment?.responsiblePersonId && commitment.responsiblePersonName
                ? [{ value: commitment.responsiblePersonId, label: commitment.responsiblePersonName }]
                : []
            }
            data-testid="commitment-form-person"
          />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t.commitment.startDate}
          extra={t.commitment.startDateHint}
          {...dateFieldProps}
        >
          <DatePicker allowClear style={{ width: '100%' }} data-testid="commitment-form-start" />
        </Form.Item>
        <Form.Item
          name="workingDays"
          label={t.commitment.workingDays}
          rules={[{ required: true, message: t.common.required }]}
          extra={<DuePreview startDate={startDate || todayInBeijing()} workingDays={workingDays} />}
        >
          <InputNumber
            min={1}
            max={500}
            precision={0}
            style={{ width: '100%' }}
            data-testid="commitment-form-days"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
