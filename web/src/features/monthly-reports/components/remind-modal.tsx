import { App, Form, Input, Modal, Typography } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useRemindMonthlyReport } from '../api/remind-monthly-report';

/** 催报: the office reminds a unit of its report, with an optional message. */
export function RemindModal({
  reportId,
  unitName,
  onClose,
}: {
  reportId: string;
  unitName: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message?: string }>();
  const remind = useRemindMonthlyReport();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={`${t.monthlyReports.remindTitle} · ${unitName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.monthlyReports.remind}
      cancelText={t.common.cancel}
      okButtonProps={testId('monthly-report-remind-submit')}
      confirmLoading={remind.isPending}
      data-testid="monthly-report-remind-modal"
    >
      <Typography.Paragraph>{format(t.monthlyReports.remindHint, { unit: unitName })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="monthly-report-remind"
        onFinish={(values) =>
          remind.mutate(
            { id: reportId, message: values.message?.trim() || null },
            {
              onSuccess: () => {
                message.success(t.monthlyReports.reminded);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="message" label={t.monthlyReports.remindMessage}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            placeholder={t.monthlyReports.remindPlaceholder}
            data-testid="monthly-report-remind-message"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
