import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useUpdateCampaign } from '../api/update-campaign';
import type { Campaign, CampaignPhase } from '../types';

interface Values {
  name: string;
  reportDay: number;
  phases: CampaignPhase[];
}

/**
 * Name, report day (每月X日前) and the four phases' dates. The server checks the phase rule
 * (in order, contiguous) and names the field at fault, e.g. `phases.2.startDate`, shown there.
 */
export function CampaignFormModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateCampaign();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.campaign.editTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      okButtonProps={testId('campaign-form-submit')}
      width={640}
      data-testid="campaign-form-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="campaign"
        initialValues={{ name: campaign.name, reportDay: campaign.reportDay, phases: campaign.phases }}
        onFinish={(values) =>
          update.mutate(
            {
              id: campaign.id,
              name: values.name.trim(),
              reportDay: values.reportDay,
              phases: values.phases.map(({ phase, startDate, endDate }) => ({ phase, startDate, endDate })),
            },
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
          name="name"
          label={t.campaign.name}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} data-testid="campaign-form-name" />
        </Form.Item>
        <Form.Item
          name="reportDay"
          label={t.campaign.reportDay}
          rules={[{ required: true, message: t.common.required }]}
        >
          <InputNumber
            min={1}
            max={28}
            precision={0}
            prefix={t.campaign.reportDayPrefix}
            suffix={t.campaign.reportDaySuffix}
            style={{ width: 220 }}
            data-testid="campaign-form-report-day"
          />
        </Form.Item>
        <Typography.Title level={5}>{t.campaign.phases}</Typography.Title>
        <Form.List name="phases">
          {(fields) =>
            fields.map((field, index) => {
              const phase = campaign.phases[index]?.phase;
              return (
                <fieldset key={field.key} className="phase-fieldset" data-testid={`campaign-phase-${index}`}>
                  <legend>{phase ? t.phase[phase] : index + 1}</legend>
                  <Form.Item name={[field.name, 'phase']} hidden>
                    <Input />
                  </Form.Item>
                  <Flex gap="small" wrap>
                    <Form.Item
                      name={[field.name, 'startDate']}
                      label={t.campaign.startDate}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '1 1 180px' }}
                      {...dateFieldProps}
                    >
                      <DatePicker style={{ width: '100%' }} data-testid={`campaign-phase-${index}-start`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'endDate']}
                      label={t.campaign.endDate}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '1 1 180px' }}
                      {...dateFieldProps}
                    >
                      <DatePicker style={{ width: '100%' }} data-testid={`campaign-phase-${index}-end`} />
                    </Form.Item>
                  </Flex>
                </fieldset>
              );
            })
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
