import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDate } from '../../../lib/format';
import { useSpotCheckAction } from '../api/run-spot-check-action';
import type { SpotCheckPlan } from '../types';

interface Values {
  publicValue: string;
  publicValueSource: string;
  publicValueDate: string;
}

/** 录入公开随机数并抽取: the value, where anyone can read it, and the day it was published. */
export function DrawModal({ plan, onClose }: { plan: SpotCheckPlan; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = useSpotCheckAction();
  const onError = useApiErrorHandler();
  const onFinish = (values: Values) =>
    action.mutate(
      {
        id: plan.id,
        action: 'draw',
        body: {
          publicValue: values.publicValue.trim(),
          publicValueSource: values.publicValueSource.trim(),
          publicValueDate: values.publicValueDate,
        },
      },
      {
        onSuccess: () => {
          message.success(t.spotCheckActionDone.draw);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );
  return (
    <Modal
      open
      title={t.spotCheck.drawTitle}
      okText={t.spotCheck.draw}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={action.isPending}
      okButtonProps={testId('spot-check-draw-submit')}
      data-testid="spot-check-draw-modal"
    >
      <Typography.Paragraph type="secondary">
        {format(t.spotCheck.drawHint, { date: formatDate(plan.committedAt, locale) })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="spot-check-draw" onFinish={onFinish}>
        <Form.Item
          name="publicValue"
          label={t.spotCheck.publicValue}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input
            maxLength={200}
            placeholder={t.spotCheck.publicValuePlaceholder}
            data-testid="spot-check-public-value"
          />
        </Form.Item>
        <Form.Item
          name="publicValueSource"
          label={t.spotCheck.publicValueSource}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input
            maxLength={300}
            placeholder={t.spotCheck.publicValueSourcePlaceholder}
            data-testid="spot-check-public-source"
          />
        </Form.Item>
        <Form.Item
          name="publicValueDate"
          label={t.spotCheck.publicValueDate}
          rules={[{ required: true, message: t.common.required }]}
          {...dateFieldProps}
        >
          <DatePicker style={{ width: '100%' }} data-testid="spot-check-public-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
