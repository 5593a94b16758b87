import { UploadOutlined } from '@ant-design/icons';
import { MAX_FILE_BYTES, type StoredFile } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useMarkCommitmentNotFulfilled, useReportCommitment } from '../api/commitments';
import { type Commitment, STATEMENT_TEXT_LIMITS } from '../types';
import { FILE_ACCEPT } from './attachments-card';

/** What is recorded on a published commitment: progress, its fulfilment (践诺) or "not fulfilled" (未践诺). */
export type CommitmentReportKind = 'progress' | 'fulfilment' | 'not_fulfilled';

/**
 * 报告进展 and 践诺 (the unit: a text and evidence files, each uploaded first for the unit and then
 * referenced), and 认定未践诺 (the campaign office: the reason). What is written is public.
 */
export function CommitmentReportModal({
  commitment,
  kind,
  onClose,
}: {
  commitment: Commitment;
  kind: CommitmentReportKind;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const onError = useApiErrorHandler();
  const report = useReportCommitment();
  const notFulfilled = useMarkCommitmentNotFulfilled();
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([]);
  const uploading = files.some((file) => file.status === 'uploading');
  const finding = kind === 'not_fulfilled';

  const title = {
    progress: t.commitment.reportProgress,
    fulfilment: t.commitment.fulfil,
    not_fulfilled: t.commitment.notFulfilled,
  }[kind];
  const label = {
    progress: t.commitment.progressText,
    fulfilment: t.commitment.fulfilText,
    not_fulfilled: t.commitment.notFulfilledReason,
  }[kind];
  const placeholder = {
    progress: t.commitment.progressPlaceholder,
    fulfilment: t.commitment.fulfilPlaceholder,
    not_fulfilled: t.commitment.notFulfilledPlaceholder,
  }[kind];
  const done = {
    progress: t.commitment.progressReported,
    fulfilment: t.commitment.fulfilled,
    not_fulfilled: t.commitment.markedNotFulfilled,
  }[kind];
  const hint =
    kind === 'fulfilment' ? t.commitment.fulfilHint : finding ? t.commitment.notFulfilledHint : null;

  const onFinish = ({ text }: { text: string }) => {
    const handlers = {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (error: unknown) => onError(error, form),
    };
    if (finding) notFulfilled.mutate({ id: commitment.id, reason: text.trim() }, handlers);
    else
      report.mutate(
        {
          id: commitment.id,
          kind,
          text: text.trim(),
          fileIds: files.flatMap((file) =>
            file.status === 'done' && file.response ? [file.response.id] : [],
          ),
        },
        handlers,
      );
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={title}
      cancelText={t.common.cancel}
      confirmLoading={report.isPending || notFulfilled.isPending}
      okButtonProps={{ disabled: uploading, danger: finding, ...testId('commitment-report-submit') }}
      data-testid="commitment-report-modal"
      data-kind={kind}
    >
      <Typography.Paragraph strong className="pre-wrap">
        {commitment.promise}
      </Typography.Paragraph>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form form={form} layout="vertical" name={`commitment-${kind}`} onFinish={onFinish}>
        <Form.Item
          name="text"
          label={label}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={STATEMENT_TEXT_LIMITS.progress}
            showCount
            placeholder={placeholder}
            data-testid="commitment-report-text"
          />
        </Form.Item>
        {!finding && (
          <Form.Item label={t.commitment.evidence} extra={t.progress.uploadHint}>
            <Upload<StoredFile>
              multiple
              fileList={files}
              accept={FILE_ACCEPT}
              beforeUpload={(file) => {
                if (file.size > MAX_FILE_BYTES) {
                  message.error(`${file.name}: > 20 MB`);
                  return Upload.LIST_IGNORE;
                }
                return true;
              }}
              customRequest={({ file, onSuccess, onError: failed }) => {
                uploadFile(commitment.unitId, file as File)
                  .then((stored) => onSuccess?.(stored))
                  .catch((error: unknown) => {
                    if (error instanceof ApiError) message.error(error.problem.detail ?? error.problem.title);
                    failed?.(error as Error);
                  });
              }}
              onChange={({ fileList }) => setFiles(fileList)}
              data-testid="commitment-report-upload"
            >
              <Button icon={<UploadOutlined />}>{t.commitment.uploadEvidence}</Button>
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
