import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { StoredFile } from '@zeren/contracts';
import { Button, Card, Empty, Flex, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import { fileUrl } from '../../../lib/files';

/** Stored files as downloads; uploads more (one request for the files chosen together) when allowed. */
export function FilesList({ files, testId }: { files: StoredFile[]; testId?: string }) {
  return (
    <Flex vertical gap={4} data-testid={testId}>
      {files.map((file) => (
        <a key={file.id} href={fileUrl(file.id)} download={file.filename}>
          <PaperClipOutlined /> {file.filename}
        </a>
      ))}
    </Flex>
  );
}

/** A card of a record's files (a lead's attachments, a case's evidence) with its upload button. */
export function FilesCard({
  title,
  files,
  empty,
  canAdd,
  addLabel,
  pending,
  onAdd,
  testId,
}: {
  title: ReactNode;
  files: StoredFile[];
  empty: string;
  canAdd: boolean;
  addLabel: string;
  pending: boolean;
  onAdd: (files: File[]) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        canAdd && (
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file, all) => {
              if (file === all[0]) onAdd(all);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={pending} data-testid={`${testId}-add`}>
              {addLabel}
            </Button>
          </Upload>
        )
      }
    >
      {canAdd && <Typography.Paragraph type="secondary">{t.lead.attachmentsHint}</Typography.Paragraph>}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <FilesList files={files} testId={`${testId}-files`} />
      )}
    </Card>
  );
}
