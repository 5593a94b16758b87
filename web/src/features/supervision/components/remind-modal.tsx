import { App, Form, Input, Modal, Typography } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useRemindSupervisionItem } from '../api/remind-supervision-item';
import type { SupervisionItem } from '../types';

/** 催办: the assigning unit reminds the lead unit, with an optional message. */
export function RemindModal({ item, onClose }: { item: SupervisionItem; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message?: string }>();
  const remind = useRemindSupervisionItem();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={`${t.supervision.remindTitle} · ${item.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.supervision.remind}
      cancelText={t.common.cancel}
      okButtonProps={testId('supervision-remind-submit')}
      confirmLoading={remind.isPending}
      data-testid="supervision-remind-modal"
    >
      <Typography.Paragraph>{format(t.supervision.remindHint, { unit: item.unitName })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="supervision-remind"
        onFinish={(values) =>
          remind.mutate(
            { id: item.id, message: values.message?.trim() || null },
            {
              onSuccess: () => {
                message.success(t.supervision.reminded);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="message" label={t.supervision.remindMessage}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            placeholder={t.supervision.remindPlaceholder}
            data-testid="supervision-remind-message"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
