import { App, Form, Input, Modal } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useSetUnitWebhook } from '../api/webhooks';

interface Values {
  unitId: string;
  url: string;
}

/** Sets the group robot (企业微信 / 钉钉) a unit's daily summary is posted to. */
export function RobotModal({ unitId, onClose }: { unitId?: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setWebhook = useSetUnitWebhook();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.notificationRobot.setTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={setWebhook.isPending}
      okButtonProps={testId('robot-submit')}
      data-testid="robot-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="robot"
        initialValues={{ unitId }}
        onFinish={(values) =>
          setWebhook.mutate(
            { unitId: values.unitId, url: values.url.trim() },
            {
              onSuccess: () => {
                message.success(t.common.saved);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t.notificationRobot.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect disabled={unitId !== undefined} data-testid="robot-unit" />
        </Form.Item>
        <Form.Item
          name="url"
          label={t.notificationRobot.url}
          extra={t.notificationRobot.urlHint}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input
            maxLength={500}
            placeholder={t.notificationRobot.urlPlaceholder}
            autoComplete="off"
            data-testid="robot-url"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
