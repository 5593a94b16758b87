import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useDisposeSpotCheckFinding } from '../api/dispose-spot-check-finding';
import { SPOT_CHECK_DISPOSITIONS, type SpotCheckDisposition, type SpotCheckFinding } from '../types';

interface Values {
  disposition: SpotCheckDisposition;
  note?: string;
}

/** 处置: the finding goes to the rectification ledger, or to the supervision department as a lead. */
export function DisposeModal({ finding, onClose }: { finding: SpotCheckFinding; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const dispose = useDisposeSpotCheckFinding();
  const onError = useApiErrorHandler();
  const disposition = Form.useWatch('disposition', form);
  return (
    <Modal
      open
      title={t.spotCheck.disposeTitle}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={dispose.isPending}
      data-testid="spot-check-dispose-modal"
    >
      <Typography.Paragraph className="pre-wrap">{finding.problem}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="spot-check-dispose"
        initialValues={{ disposition: 'rectification' }}
        onFinish={(values) =>
          dispose.mutate(
            { id: finding.id, disposition: values.disposition, note: blankToNull(values.note) },
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
        <Form.Item name="disposition" label={t.spotCheck.disposition} rules={[{ required: true }]}>
          <Radio.Group
            options={SPOT_CHECK_DISPOSITIONS.map((value) => ({
              value,
              label: t.spotCheckDisposition[value],
            }))}
            data-testid="spot-check-dispose-kind"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t.spotCheck.dispositionNote}
          extra={t.spotCheck.dispositionNoteHint}
          rules={
            disposition === 'transfer'
              ? [{ required: true, whitespace: true, message: t.common.required }]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="spot-check-dispose-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
