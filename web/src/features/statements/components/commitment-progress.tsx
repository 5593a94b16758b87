import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import type { CommitmentProgress } from '../types';
import { FileLinks } from './attachments-card';

const COLOURS: Record<CommitmentProgress['kind'], string> = {
  progress: 'green',
  fulfilment: 'blue',
  not_fulfilled: 'gray',
};

/** A commitment's progress reports, its fulfilment and a "not fulfilled" finding, oldest first. */
export function CommitmentProgressTimeline({ progress }: { progress: readonly CommitmentProgress[] }) {
  const t = useT();
  const locale = useLocale();
  if (progress.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.commitment.progressNone} />;
  return (
    <Timeline
      className="commitment-progress"
      data-testid="commitment-progress"
      items={progress.map((entry) => ({
        key: entry.id,
        color: COLOURS[entry.kind],
        content: (
          <Flex vertical gap={2} data-testid="commitment-progress-entry" data-kind={entry.kind}>
            <Flex gap="small" wrap align="baseline">
              <Tag color={COLOURS[entry.kind]}>{t.commitmentProgressKind[entry.kind]}</Tag>
              <Typography.Text type="secondary">
                {[formatDate(entry.date, locale), entry.byName].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
              {entry.text}
            </Typography.Paragraph>
            <FileLinks files={entry.attachments} testId="commitment-progress-file" />
          </Flex>
        ),
      }))}
    />
  );
}
