import { PaperClipOutlined } from '@ant-design/icons';
import { Empty, Flex, List, Typography } from 'antd';
import { useLocale, useT } from '../i18n/use-t';
import { fileUrl } from '../lib/files';
import { formatDateTime } from '../lib/format';

/** One progress report as a record's detail lists it (key tasks, supervision items). */
export interface ProgressUpdate {
  id: string;
  percent: number;
  note: string;
  reportedAt: string;
  reporterName: string | null;
  files: readonly { id: string; filename: string; size: number }[];
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 进展记录: a record's progress reports, newest first — the percent, who reported and when, the
 * note and the evidence files to download. Test ids `${testIdPrefix}-updates` and `-file`.
 */
export function ProgressUpdates({
  updates,
  testIdPrefix,
}: {
  updates: readonly ProgressUpdate[];
  testIdPrefix: string;
}) {
  const t = useT();
  const locale = useLocale();
  if (updates.length === 0)
    return <Empty description={t.progress.none} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List<ProgressUpdate>
      dataSource={[...updates].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))}
      data-testid={`${testIdPrefix}-updates`}
      renderItem={(update) => (
        <List.Item key={update.id}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap="small" wrap justify="space-between">
              <Typography.Text strong>{update.percent}%</Typography.Text>
              <Typography.Text type="secondary">
                {[update.reporterName, formatDateTime(update.reportedAt, locale)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
              {update.note}
            </Typography.Paragraph>
            {update.files.length > 0 && (
              <ul className="plain-list" aria-label={t.progress.evidence}>
                {update.files.map((file) => (
                  <li key={file.id}>
                    <a href={fileUrl(file.id)} download={file.filename} data-testid={`${testIdPrefix}-file`}>
                      <PaperClipOutlined /> {file.filename}
                    </a>{' '}
                    <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
                  </li>
                ))}
              </ul>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
