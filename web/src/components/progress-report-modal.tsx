import { UploadOutlined } from '@ant-design/icons';
import { MAX_FILE_BYTES, type StoredFile } from '@zeren/contracts';
import { App, Button, Form, Input, InputNumber, Modal, Slider, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { ApiError } from '../lib/api';
import { uploadFile } from '../lib/files';
import { useApiErrorHandler } from '../lib/form-errors';
import { testId } from '../lib/form-values';
import type { MutationOf } from '../lib/mutation';

interface Values {
  percent: number;
  note: string;
}

/** A progress report as sent: the record's id, the percent, the note and the evidence files' ids. */
export interface ProgressReportInput {
  id: string;
  percent: number;
  note: string;
  fileIds: string[];
}

interface ProgressReportModalProps {
  /** The record reported on; its unit owns the evidence files. */
  subject: { id: string; title: string; unitId: string; progress: number };
  /** The feature's report mutation. */
  report: MutationOf<ProgressReportInput>;
  onClose: () => void;
}

/**
 * 报送进展: percent, note and evidence files, each uploaded first (POST /api/files) and then
 * referenced, for any record that takes progress reports (key tasks, supervision items).
 */
export function ProgressReportModal({ subject, report, onClose }: ProgressReportModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([]);
  const uploading = files.some((file) => file.status === 'uploading');

  return (
    <Modal
      open
      title={`${t.progress.report} · ${subject.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.submit}
      cancelText={t.common.cancel}
      confirmLoading={report.isPending}
      okButtonProps={{ disabled: uploading, ...testId('progress-submit') }}
      data-testid="progress-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="progress-report"
        initialValues={{ percent: subject.progress }}
        onFinish={(values) =>
          report.mutate(
            {
              id: subject.id,
              percent: values.percent,
              note: values.note.trim(),
              fileIds: files.flatMap((file) =>
                file.status === 'done' && file.response ? [file.response.id] : [],
              ),
            },
            {
              onSuccess: () => {
                message.success(t.progress.reported);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item label={t.progress.percent} required>
          <Form.Item name="percent" noStyle>
            <Slider min={0} max={100} aria-label={t.progress.percent} />
          </Form.Item>
          <Form.Item name="percent" noStyle rules={[{ required: true, message: t.common.required }]}>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              suffix="%"
              aria-label={t.progress.percent}
              data-testid="progress-percent"
            />
          </Form.Item>
        </Form.Item>
        <Form.Item
          name="note"
          label={t.progress.note}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={2000}
            data-testid="progress-note"
          />
        </Form.Item>
        <Form.Item label={t.progress.evidence} extra={t.progress.uploadHint}>
          <Upload<StoredFile>
            multiple
            fileList={files}
            accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
            beforeUpload={(file) => {
              if (file.size > MAX_FILE_BYTES) {
                message.error(`${file.name}: > 20 MB`);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError: failed }) => {
              uploadFile(subject.unitId, file as File)
                .then((stored) => onSuccess?.(stored))
                .catch((error: unknown) => {
                  if (error instanceof ApiError) message.error(error.problem.detail ?? error.problem.title);
                  failed?.(error as Error);
                });
            }}
            onChange={({ fileList }) => setFiles(fileList)}
            data-testid="progress-upload"
          >
            <Button icon={<UploadOutlined />}>{t.progress.uploadEvidence}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
