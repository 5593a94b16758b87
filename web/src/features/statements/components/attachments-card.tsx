import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { MAX_FILE_BYTES } from '@zeren/contracts';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { fileUrl } from '../../../lib/files';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useAddStatementAttachments, useRemoveStatementAttachment } from '../api/save-statement';
import type { DutyStatement } from '../types';

/** Accepted as attachments and evidence: the server checks the content too. */
export const FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Stored files as downloads, with their sizes. */
export function FileLinks({
  files,
  testId,
}: {
  files: readonly { id: string; filename: string; size: number }[];
  testId: string;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="plain-list">
      {files.map((file) => (
        <li key={file.id}>
          <a href={fileUrl(file.id)} download={file.filename} data-testid={testId}>
            <PaperClipOutlined /> {file.filename}
          </a>{' '}
          <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * 附件: the statement's files to download; while it is a draft, those who draft upload more
 * (stored for the statement's unit, then attached) and remove them.
 */
export function AttachmentsCard({ statement, editable }: { statement: DutyStatement; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const add = useAddStatementAttachments();
  const remove = useRemoveStatementAttachment();
  return (
    <Card
      size="small"
      title={t.statements.attachments}
      data-testid="statement-attachments"
      extra={
        editable && (
          <Upload
            multiple
            accept={FILE_ACCEPT}
            showUploadList={false}
            beforeUpload={(file, all) => {
              if (file === all[0]) {
                const tooLarge = all.find((f) => f.size > MAX_FILE_BYTES);
                if (tooLarge) message.error(`${tooLarge.name}: > 20 MB`);
                else
                  add.mutate(
                    { statement, files: all },
                    {
                      onSuccess: () => message.success(t.statements.attachmentAdded),
                      onError: (error) => onError(error),
                    },
                  );
              }
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={add.isPending} data-testid="statement-attachments-add">
              {t.statements.upload}
            </Button>
          </Upload>
        )
      }
    >
      {editable && (
        <Typography.Paragraph type="secondary">{t.statements.attachmentsHint}</Typography.Paragraph>
      )}
      {statement.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.statements.attachmentsEmpty} />
      ) : (
        <List
          size="small"
          dataSource={statement.attachments}
          data-testid="statement-attachments-files"
          renderItem={(file) => (
            <List.Item
              key={file.id}
              actions={
                editable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={format(t.statements.removeAttachmentConfirm, { name: file.filename })}
                        okText={t.statements.removeAttachment}
                        cancelText={t.common.cancel}
                        onConfirm={() =>
                          remove.mutate(
                            { statement, fileId: file.id },
                            {
                              onSuccess: () => message.success(t.statements.attachmentRemoved),
                              onError: (error) => onError(error),
                            },
                          )
                        }
                      >
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={`${t.statements.removeAttachment} ${file.filename}`}
                          data-testid="statement-attachment-remove"
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex gap="small" wrap align="baseline">
                <a href={fileUrl(file.id)} download={file.filename} data-testid="statement-attachment">
                  <PaperClipOutlined /> {file.filename}
                </a>
                <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
