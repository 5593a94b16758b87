import { App, Form, Input, Modal, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useCreateSuggestion } from '../api/create-suggestion';

interface Values {
  unitId: string;
  domainId?: string | null;
  title: string;
  content: string;
}

/** A suggestion sent by staff about a unit and, optionally, one of the campaign's key domains. */
export function SuggestionCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const me = useMe();
  const campaign = useCurrentCampaign();
  const create = useCreateSuggestion();

  return (
    <Modal
      open
      title={t.suggestion.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      okButtonProps={testId('suggestion-create-submit')}
      data-testid="suggestion-create-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name="suggestion-create"
        initialValues={{ unitId: me.data?.unit.id }}
        onFinish={(values) =>
          create.mutate(
            {
              unitId: values.unitId,
              domainId: values.domainId ?? null,
              title: values.title.trim(),
              content: values.content.trim(),
            },
            {
              onSuccess: () => {
                message.success(t.suggestion.submitted);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t.suggestion.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect data-testid="suggestion-create-unit" />
        </Form.Item>
        <Form.Item name="domainId" label={t.suggestion.domain}>
          <Select
            allowClear
            loading={campaign.isLoading}
            options={(campaign.data?.domains ?? []).map((domain) => ({
              value: domain.id,
              label: domain.title,
            }))}
            data-testid="suggestion-create-domain"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t.suggestion.subject}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} data-testid="suggestion-create-title" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t.suggestion.content}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={4000}
            data-testid="suggestion-create-content"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
