import { Alert, App, Descriptions, Form, InputNumber, Modal } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useSupervisionSettings, useUpdateSupervisionSettings } from '../api/supervision-settings';
import type { SupervisionColour, SupervisionSettings } from '../types';
import { ColourDot } from './supervision-colour-tag';

type Values = Omit<SupervisionSettings, 'campaignId'>;

/** The three thresholds, each with the colour it lights and what it means. */
const FIELDS: { name: keyof Values; colour: SupervisionColour; min: number; max: number }[] = [
  { name: 'reminderWorkingDays', colour: 'blue', min: 0, max: 30 },
  { name: 'redAfterWorkingDays', colour: 'red', min: 1, max: 60 },
  { name: 'transferAfterWorkingDays', colour: 'red', min: 1, max: 120 },
];

/**
 * 三色督办规则 of the current campaign, in working days: read by everyone who reads the items,
 * changed by those who manage them (`canEdit`).
 */
export function SupervisionSettingsModal({
  campaignId,
  canEdit,
  onClose,
}: {
  campaignId: string;
  canEdit: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useSupervisionSettings(campaignId);
  const update = useUpdateSupervisionSettings();
  const onError = useApiErrorHandler();
  const data = settings.data;
  const label = (name: keyof Values, colour: SupervisionColour) => (
    <span>
      <ColourDot colour={colour} />
      {t.supervision[name]}
    </span>
  );

  return (
    <Modal
      open
      title={t.supervision.settingsTitle}
      onCancel={onClose}
      onOk={canEdit ? () => form.submit() : onClose}
      okText={canEdit ? t.common.save : t.common.close}
      cancelButtonProps={canEdit ? {} : { style: { display: 'none' } }}
      cancelText={t.common.cancel}
      okButtonProps={{ disabled: !data, ...testId('supervision-settings-submit') }}
      confirmLoading={update.isPending}
      loading={!data}
      data-testid="supervision-settings-modal"
    >
      {data && (
        <>
          <Alert
            type="info"
            showIcon
            className="toolbar"
            title={t.supervision.settingsHint}
            description={format(t.supervision.settingsSummary, {
              reminder: data.reminderWorkingDays,
              red: data.redAfterWorkingDays,
              transfer: data.transferAfterWorkingDays,
            })}
            data-testid="supervision-settings-summary"
          />
          {canEdit ? (
            <Form<Values>
              form={form}
              layout="vertical"
              name="supervision-settings"
              initialValues={data}
              onFinish={(values) =>
                update.mutate(
                  { campaignId, ...values },
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
              {FIELDS.map(({ name, colour, min, max }) => (
                <Form.Item
                  key={name}
                  name={name}
                  label={label(name, colour)}
                  extra={t.supervision[`${name}Help`]}
                  rules={[{ required: true, message: t.common.required }]}
                >
                  <InputNumber
                    min={min}
                    max={max}
                    precision={0}
                    suffix={t.supervision.workingDaysUnit}
                    style={{ width: 200 }}
                    data-testid={`supervision-settings-${name}`}
                  />
                </Form.Item>
              ))}
            </Form>
          ) : (
            <Descriptions
              column={1}
              size="small"
              bordered
              items={FIELDS.map(({ name, colour }) => ({
                key: name,
                label: label(name, colour),
                children: format(t.common.withNote, {
                  text: format(t.supervision.workingDaysValue, { days: data[name] }),
                  note: t.supervision[`${name}Help`],
                }),
              }))}
            />
          )}
        </>
      )}
    </Modal>
  );
}
