import { App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull, testId } from '../../../lib/form-values';
import { useOpenDualInquiry } from '../api/open-dual-inquiry';
import { type CaseDetail, DUAL_INQUIRY_KINDS, type DualInquiryKind } from '../types';

/** 一案双查: which responsibilities to examine (those not yet opened), in which units; each becomes a lead. */
export function DualInquiryModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kinds: DualInquiryKind[]; concernedUnitIds: string[]; summary?: string }>();
  const open = useOpenDualInquiry();
  const onError = useApiErrorHandler();
  const opened = new Set(detail.dualInquiries.map((d) => d.kind));
  const available = DUAL_INQUIRY_KINDS.filter((kind) => !opened.has(kind));
  return (
    <Modal
      open
      title={t.dualInquiry.openTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.dualInquiry.open}
      cancelText={t.common.cancel}
      okButtonProps={testId('dual-inquiry-submit')}
      confirmLoading={open.isPending}
      width={600}
      data-testid="dual-inquiry-modal"
    >
      <Typography.Paragraph type="secondary">{t.dualInquiry.hint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="dual-inquiry"
        initialValues={{ kinds: available, concernedUnitIds: detail.lead.concernedUnits.map((u) => u.id) }}
        onFinish={(values) =>
          open.mutate(
            {
              caseId: detail.case.id,
              kinds: values.kinds,
              concernedUnitIds: values.concernedUnitIds,
              summary: blankToNull(values.summary),
            },
            {
              onSuccess: (result) => {
                message.success(format(t.dualInquiry.opened, { count: result.items.length }));
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="kinds"
          label={t.dualInquiry.kinds}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Checkbox.Group
            options={DUAL_INQUIRY_KINDS.map((kind) => ({
              value: kind,
              label: t.dualInquiryKind[kind],
              disabled: opened.has(kind),
            }))}
            data-testid="dual-inquiry-kinds"
          />
        </Form.Item>
        <Form.Item
          name="concernedUnitIds"
          label={t.dualInquiry.concernedUnits}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect multiple allowClear data-testid="dual-inquiry-units" />
        </Form.Item>
        <Form.Item name="summary" label={t.dualInquiry.summary}>
          <Input
            maxLength={200}
            placeholder={t.dualInquiry.summaryPlaceholder}
            data-testid="dual-inquiry-summary"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
