import { App, Button, Drawer, Flex, Form, Grid, InputNumber, Typography } from 'antd';
import { PageSpinner } from '../../../components/page-spinner';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useAccountabilitySettings, useUpdateAccountabilitySettings } from '../api/accountability-settings';
import { type AccountabilitySettings, LEAD_SOURCES } from '../types';

type Values = Pick<AccountabilitySettings, 'deadlines' | 'leadUnitId' | 'dualInquiryOverdueWorkingDays'>;

/**
 * 问责设置 of the current campaign: the working days to handle a lead of each source, the unit new
 * leads go to, and after how many working days overdue Zeren proposes 一案双查.
 */
export function SettingsDrawer({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const settings = useAccountabilitySettings(campaignId);
  const update = useUpdateAccountabilitySettings();
  const onError = useApiErrorHandler();
  const days = (name: (string | number)[], testId: string, label: string) => (
    <Form.Item
      key={testId}
      name={name}
      label={label}
      rules={[{ required: true, message: t.common.required }]}
      style={{ flex: '1 1 180px', marginBottom: 12 }}
    >
      <InputNumber
        min={1}
        max={250}
        precision={0}
        suffix={t.accountabilitySettings.workingDaysUnit}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    </Form.Item>
  );

  return (
    <Drawer
      open
      title={t.accountabilitySettings.title}
      size={screens.sm === false ? '100%' : 560}
      onClose={onClose}
      data-testid="accountability-settings-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            disabled={!settings.data}
            loading={update.isPending}
            onClick={() => form.submit()}
            data-testid="accountability-settings-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      {!settings.data ? (
        <PageSpinner />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          name="accountability-settings"
          initialValues={{
            deadlines: settings.data.deadlines,
            leadUnitId: settings.data.leadUnitId,
            dualInquiryOverdueWorkingDays: settings.data.dualInquiryOverdueWorkingDays,
          }}
          onFinish={(values) =>
            update.mutate(
              { campaignId, ...values, leadUnitId: values.leadUnitId ?? null },
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
          <Typography.Title level={5}>{t.accountabilitySettings.deadlines}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t.accountabilitySettings.deadlinesHint}
          </Typography.Paragraph>
          <Flex gap="middle" wrap>
            {LEAD_SOURCES.map((source) =>
              days(['deadlines', source], `accountability-settings-deadline-${source}`, t.leadSource[source]),
            )}
          </Flex>
          <Form.Item
            name="leadUnitId"
            label={t.accountabilitySettings.leadUnit}
            extra={t.accountabilitySettings.leadUnitHint}
          >
            <UnitTreeSelect allowClear data-testid="accountability-settings-lead-unit" />
          </Form.Item>
          <Form.Item
            name="dualInquiryOverdueWorkingDays"
            label={t.accountabilitySettings.dualInquiry}
            extra={t.accountabilitySettings.dualInquiryHint}
            rules={[{ required: true, message: t.common.required }]}
          >
            <InputNumber
              min={1}
              max={250}
              precision={0}
              suffix={t.accountabilitySettings.workingDaysUnit}
              style={{ width: 200 }}
              data-testid="accountability-settings-dual"
            />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
