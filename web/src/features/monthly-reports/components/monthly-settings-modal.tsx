import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useMonthlyReportSettings, useUpdateMonthlyReportSettings } from '../api/monthly-report-settings';

interface Values {
  remindBeforeWorkingDays: number;
  remindAfterWorkingDays: number;
  supervisionUnitIds: string[];
}

/**
 * 月报设置 of a campaign: the report day (the campaign's, shown), the reminder offsets in working
 * days and the supervision departments that report beside the domains' lead departments.
 */
export function MonthlySettingsModal({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useMonthlyReportSettings(campaignId);
  const update = useUpdateMonthlyReportSettings();
  const onError = useApiErrorHandler();
  const data = settings.data;
  return (
    <Modal
      open
      title={t.monthlyReports.settings}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      okButtonProps={{ disabled: !data, ...testId('monthly-settings-submit') }}
      confirmLoading={update.isPending}
      loading={!data}
      data-testid="monthly-settings-modal"
    >
      {data && (
        <>
          <Alert
            type="info"
            showIcon
            className="toolbar"
            title={format(t.monthlyReports.reportDayValue, { day: data.reportDay })}
            description={t.monthlyReports.reportDayHint}
          />
          <Form<Values>
            form={form}
            layout="vertical"
            name="monthly-settings"
            initialValues={{
              remindBeforeWorkingDays: data.remindBeforeWorkingDays,
              remindAfterWorkingDays: data.remindAfterWorkingDays,
              supervisionUnitIds: data.supervisionUnits.map((u) => u.id),
            }}
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
            <Form.Item
              name="remindBeforeWorkingDays"
              label={t.monthlyReports.remindBeforeWorkingDays}
              rules={[{ required: true, message: t.common.required }]}
            >
              <InputNumber
                min={0}
                max={10}
                precision={0}
                style={{ width: 200 }}
                data-testid="monthly-settings-before"
              />
            </Form.Item>
            <Form.Item
              name="remindAfterWorkingDays"
              label={t.monthlyReports.remindAfterWorkingDays}
              rules={[{ required: true, message: t.common.required }]}
            >
              <InputNumber
                min={1}
                max={20}
                precision={0}
                style={{ width: 200 }}
                data-testid="monthly-settings-after"
              />
            </Form.Item>
            <Form.Item
              name="supervisionUnitIds"
              label={t.monthlyReports.supervisionUnits}
              extra={t.monthlyReports.supervisionUnitsHint}
            >
              <UnitTreeSelect multiple allowClear data-testid="monthly-settings-units" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
