import { App, Form, Input, Modal } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull, testId } from '../../../lib/form-values';
import { useCreateDomain } from '../api/create-domain';
import { useUpdateDomain } from '../api/update-domain';
import type { CampaignDomain } from '../types';

interface Values {
  title: string;
  description?: string | null;
  focusProblems?: string | null;
  leadUnitIds: string[];
  participantUnitIds: string[];
}

export type DomainFormTarget =
  | { mode: 'create'; campaignId: string }
  | { mode: 'edit'; domain: CampaignDomain };

/** Adds a local domain (自选动作) or edits a domain: title, description, focus problems and units. */
export function DomainFormModal({ target, onClose }: { target: DomainFormTarget; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDomain();
  const update = useUpdateDomain();
  const onError = useApiErrorHandler();
  const initialValues: Partial<Values> =
    target.mode === 'edit'
      ? {
          title: target.domain.title,
          description: target.domain.description,
          focusProblems: target.domain.focusProblems,
          leadUnitIds: target.domain.leadUnits.map((unit) => unit.id),
          participantUnitIds: target.domain.participantUnits.map((unit) => unit.id),
        }
      : { leadUnitIds: [], participantUnitIds: [] };

  const onFinish = (values: Values) => {
    const body = {
      title: values.title.trim(),
      description: blankToNull(values.description),
      focusProblems: blankToNull(values.focusProblems),
      leadUnitIds: values.leadUnitIds ?? [],
      participantUnitIds: values.participantUnitIds ?? [],
    };
    const handlers = {
      onSuccess: () => {
        message.success(t.common.saved);
        onClose();
      },
      onError: (error: unknown) => onError(error, form),
    };
    if (target.mode === 'create') create.mutate({ campaignId: target.campaignId, ...body }, handlers);
    else update.mutate({ id: target.domain.id, ...body }, handlers);
  };

  return (
    <Modal
      open
      title={target.mode === 'create' ? t.campaign.addDomainTitle : t.campaign.editDomainTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={testId('domain-form-submit')}
      width={640}
      data-testid="domain-form-modal"
    >
      <Form
        form={form}
        layout="vertical"
        name="campaign-domain"
        initialValues={initialValues}
        onFinish={onFinish}
      >
        <Form.Item
          name="title"
          label={t.campaign.domainTitle}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={100} data-testid="domain-form-title" />
        </Form.Item>
        <Form.Item name="description" label={t.campaign.description}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="focusProblems" label={t.campaign.focusProblems}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="leadUnitIds" label={t.campaign.leadUnits}>
          <UnitTreeSelect multiple allowClear data-testid="domain-form-lead-units" />
        </Form.Item>
        <Form.Item name="participantUnitIds" label={t.campaign.participantUnits}>
          <UnitTreeSelect multiple allowClear data-testid="domain-form-participant-units" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
