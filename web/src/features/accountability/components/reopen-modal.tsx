import { App, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useReopenLead } from '../api/reopen-lead';

/** Takes a shelved lead back to triage, with the reason (new facts, for instance). */
export function ReopenModal({ leadId, onClose }: { leadId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useReopenLead();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.triage.reopenTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.triage.reopen}
      cancelText={t.common.cancel}
      okButtonProps={testId('reopen-submit')}
      confirmLoading={reopen.isPending}
      data-testid="reopen-modal"
    >
      <Typography.Paragraph>{t.triage.reopenHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="reopen-lead"
        onFinish={(values) =>
          reopen.mutate(
            { id: leadId, reason: values.reason.trim() },
            {
              onSuccess: () => {
                message.success(t.triage.reopened);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t.triage.reason}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            data-testid="reopen-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
