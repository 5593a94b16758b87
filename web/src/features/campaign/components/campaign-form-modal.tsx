import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useCreateCampaign } from '../api/create-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { type Campaign, type CampaignPhase, PHASES } from '../types';

interface Values {
  name: string;
  /** A new campaign's only: the year and the government that runs it. */
  year?: number;
  unitId?: string;
  reportDay: number;
  phases: CampaignPhase[];
}

/**
 * A campaign's name, report day (每月X日前) and the four phases' dates — for a new campaign also
 * its year and the government that runs it (a draft with the ten standard domains, which the
 * office then adjusts). The server checks the phase rule (in order, contiguous) and names the
 * field at fault, e.g. `phases.2.startDate`, shown there.
 */
export function CampaignFormModal({
  campaign,
  onClose,
}: {
  /** Absent: a new campaign. */
  campaign?: Campaign;
  onClose: (saved?: Campaign) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateCampaign();
  const create = useCreateCampaign();
  const onError = useApiErrorHandler();
  const year = new Date().getFullYear();
  const initialValues: Partial<Values> = campaign
    ? { name: campaign.name, reportDay: campaign.reportDay, phases: campaign.phases }
    : {
        year,
        reportDay: 5,
        // The dates are left to fill; each phase's own fieldset names it.
        phases: PHASES.map((phase) => ({ phase })) as CampaignPhase[],
      };
  const phases = (values: Values) =>
    values.phases.map(({ phase, startDate, endDate }) => ({ phase, startDate, endDate }));
  const done = {
    onSuccess: (saved: Campaign) => {
      message.success(campaign ? t.common.saved : t.campaign.created);
      onClose(saved);
    },
    onError: (error: unknown) => onError(error, form),
  };
  return (
    <Modal
      open
      title={campaign ? t.campaign.editTitle : t.campaign.createTitle}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending || create.isPending}
      okButtonProps={testId('campaign-form-submit')}
      width={640}
      data-testid="campaign-form-modal"
    >
      {!campaign && <Typography.Paragraph type="secondary">{t.campaign.createHint}</Typography.Paragraph>}
      <Form<Values>
        form={form}
        layout="vertical"
        name="campaign"
        initialValues={initialValues}
        onFinish={(values) =>
          campaign
            ? update.mutate(
                {
                  id: campaign.id,
                  name: values.name.trim(),
                  reportDay: values.reportDay,
                  phases: phases(values),
                },
                done,
              )
            : create.mutate(
                {
                  name: values.name.trim(),
                  year: values.year!,
                  unitId: values.unitId!,
                  reportDay: values.reportDay,
                  phases: phases(values),
                },
                done,
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
        {!campaign && (
          <Flex gap="small" wrap>
            <Form.Item
              name="year"
              label={t.campaign.year}
              rules={[{ required: true, message: t.common.required }]}
              style={{ flex: '0 1 160px' }}
            >
              <InputNumber min={2000} max={2100} precision={0} data-testid="campaign-form-year" />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t.campaign.unit}
              rules={[{ required: true, message: t.common.required }]}
              style={{ flex: '1 1 240px' }}
            >
              <UnitTreeSelect placeholder={t.campaign.unitPlaceholder} data-testid="campaign-form-unit" />
            </Form.Item>
          </Flex>
        )}
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
              const phase = (campaign?.phases ?? initialValues.phases)?.[index]?.phase;
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
