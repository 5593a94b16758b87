import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useCloneCampaign } from '../api/clone-campaign';
import type { Campaign } from '../types';

/** Clones a campaign into another year as a draft. */
export function CloneCampaignModal({
  campaign,
  onClose,
}: {
  campaign: Campaign;
  onClose: (cloned?: Campaign) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ year: number; name?: string }>();
  const clone = useCloneCampaign();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.campaign.cloneTitle}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      confirmLoading={clone.isPending}
      okButtonProps={testId('campaign-clone-submit')}
      data-testid="campaign-clone-modal"
    >
      <Typography.Paragraph type="secondary">{t.campaign.cloneHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="campaign-clone"
        initialValues={{ year: campaign.year + 1 }}
        onFinish={(values) =>
          clone.mutate(
            {
              id: campaign.id,
              year: values.year,
              ...(values.name?.trim() ? { name: values.name.trim() } : {}),
            },
            {
              onSuccess: (cloned) => {
                message.success(t.campaign.cloned);
                onClose(cloned);
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="year"
          label={t.campaign.cloneYear}
          rules={[{ required: true, message: t.common.required }]}
        >
          <InputNumber min={2000} max={2100} precision={0} data-testid="campaign-clone-year" />
        </Form.Item>
        <Form.Item name="name" label={t.campaign.cloneName}>
          <Input maxLength={200} data-testid="campaign-clone-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
