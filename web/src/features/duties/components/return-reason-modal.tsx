import { Form, Input, Modal } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useDutyItemAction } from '../api/run-duty-item-action';
import type { DutyItem } from '../types';

/** Returns a submitted version to its drafter; the reason is required and shown to them. */
export function ReturnReasonModal({
  item,
  onClose,
}: {
  item: DutyItem;
  onClose: (returned: boolean) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const transition = useDutyItemAction();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={`${t.dutyItem.returnTitle} · ${item.latest.name}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={t.dutyItem.actions.return}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: true, ...testId('duty-return-submit') }}
      confirmLoading={transition.isPending}
      data-testid="duty-return-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name="duty-return"
        onFinish={({ reason }) =>
          transition.mutate(
            { id: item.id, action: 'return', reason: reason.trim() },
            { onSuccess: () => onClose(true), onError: (error) => onError(error, form) },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t.dutyItem.returnReason}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t.dutyItem.returnReasonPlaceholder}
            data-testid="duty-return-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
