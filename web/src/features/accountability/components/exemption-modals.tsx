import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useDecideExemption } from '../api/decide-exemption';
import { useRequestExemption } from '../api/request-exemption';
import {
  type Determination,
  EXEMPTION_GROUNDS,
  EXEMPTION_OUTCOMES,
  type ExemptionOutcome,
  type ExemptionRequest,
} from '../types';

/** 申请容错: the ground, the statement and evidence, for one determined person. */
export function RequestExemptionModal({
  determination,
  unitId,
  byUnit = false,
  onClose,
}: {
  determination: Pick<Determination, 'id' | 'person' | 'liability'>;
  /** The unit whose files the evidence is: the case's (handler), or the person's (byUnit). */
  unitId: string;
  /** The unit of the person concerned applies (申请容错免责), not the case's handler. */
  byUnit?: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    ground: ExemptionRequest['ground'];
    statement: string;
    files?: UploadFile[];
  }>();
  const request = useRequestExemption();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.exemption.requestTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.submit}
      cancelText={t.common.cancel}
      okButtonProps={testId('exemption-request-submit')}
      confirmLoading={request.isPending}
      width={600}
      data-testid="exemption-request-modal"
    >
      <Typography.Paragraph type="secondary">
        {`${determination.person.name} · ${t.liability[determination.liability]}`}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="exemption-request"
        onFinish={(values) =>
          request.mutate(
            {
              determinationId: determination.id,
              unitId,
              byUnit,
              ground: values.ground,
              statement: values.statement.trim(),
              files: (values.files ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj] : [])),
            },
            {
              onSuccess: () => {
                message.success(t.exemption.requested);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="ground"
          label={t.exemption.ground}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Select
            options={EXEMPTION_GROUNDS.map((value) => ({ value, label: t.exemptionGround[value] }))}
            data-testid="exemption-ground"
          />
        </Form.Item>
        <Form.Item
          name="statement"
          label={t.exemption.statement}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            placeholder={t.exemption.statementPlaceholder}
            data-testid="exemption-statement"
          />
        </Form.Item>
        <Form.Item
          name="files"
          label={t.exemption.evidence}
          extra={t.lead.attachmentsHint}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        >
          <Upload multiple beforeUpload={() => false}>
            <Button icon={<UploadOutlined />}>{t.progress.uploadEvidence}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 容错认定: 免予问责 / 从轻减轻 / 不予容错, with the opinion; by a reviewer other than the handler. */
export function DecideExemptionModal({
  request,
  personName,
  onClose,
}: {
  request: ExemptionRequest;
  personName: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: ExemptionOutcome; opinion: string }>();
  const decide = useDecideExemption();
  const onError = useApiErrorHandler();
  const outcome = Form.useWatch('outcome', form);
  return (
    <Modal
      open
      title={t.exemption.decideTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.exemption.decide}
      cancelText={t.common.cancel}
      okButtonProps={testId('exemption-decide-submit')}
      confirmLoading={decide.isPending}
      width={600}
      data-testid="exemption-decide-modal"
    >
      <Typography.Paragraph>
        <Typography.Text strong>{personName}</Typography.Text>
        {t.history.labelSuffix}
        {t.exemptionGround[request.ground]}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="pre-wrap">
        {request.statement}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="exemption-decide"
        onFinish={(values) =>
          decide.mutate(
            { id: request.id, outcome: values.outcome, opinion: values.opinion.trim() },
            {
              onSuccess: () => {
                message.success(t.exemption.decided);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="outcome"
          label={t.exemption.outcome}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Radio.Group data-testid="exemption-outcome">
            {EXEMPTION_OUTCOMES.map((value) => (
              <Radio.Button key={value} value={value} data-testid={`exemption-outcome-${value}`}>
                {t.exemptionOutcome[value]}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {outcome === 'exempt' && (
          <Alert type="warning" showIcon className="toolbar" title={t.exemption.exemptHint} />
        )}
        <Form.Item
          name="opinion"
          label={t.exemption.opinion}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={t.exemption.opinionPlaceholder}
            data-testid="exemption-opinion"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
