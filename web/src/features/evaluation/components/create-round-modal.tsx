import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { useCreateEvaluationRound } from '../api/save-evaluation-round';
import { EVALUATION_TEXT_LIMITS, type EvaluationRound } from '../types';
import { closesAfterOpens, DATE_TIME_FORMAT, toMoment } from './round-form-fields';
import { useEvaluationErrorHandler } from './use-evaluation-error';

interface Values {
  unitId: string;
  title: string;
  opensAt: Dayjs;
  closesAt: Dayjs;
}

/**
 * 新建评议轮次: the organising unit (the caller's own by default), the title and the window. The
 * rest (categories, groups and weights, indicators) starts from the server's defaults and is set
 * on the round's page, which opens next.
 */
export function CreateRoundModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (round: EvaluationRound) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvaluationRound();
  const onError = useEvaluationErrorHandler();
  return (
    <Modal
      open
      title={t.evaluation.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.create}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      okButtonProps={testId('round-create-submit')}
      data-testid="round-create-modal"
    >
      <Typography.Paragraph type="secondary">{t.evaluation.createHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="round-create"
        initialValues={{ unitId: me.data?.unit.id }}
        onFinish={(values) =>
          create.mutate(
            {
              unitId: values.unitId,
              title: values.title.trim(),
              opensAt: toMoment(values.opensAt),
              closesAt: toMoment(values.closesAt),
            },
            {
              onSuccess: (round) => {
                message.success(t.evaluation.created);
                onClose();
                onCreated(round);
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t.evaluation.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect data-testid="round-create-unit" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t.evaluation.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={EVALUATION_TEXT_LIMITS.title} data-testid="round-create-title" />
        </Form.Item>
        <Form.Item
          name="opensAt"
          label={t.evaluation.opensAt}
          rules={[{ required: true, message: t.common.required }]}
        >
          <DatePicker
            showTime
            format={DATE_TIME_FORMAT}
            style={{ width: '100%' }}
            data-testid="round-create-opens-at"
          />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t.evaluation.closesAt}
          dependencies={['opensAt']}
          rules={[{ required: true, message: t.common.required }, closesAfterOpens(t)]}
        >
          <DatePicker
            showTime
            format={DATE_TIME_FORMAT}
            style={{ width: '100%' }}
            data-testid="round-create-closes-at"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
