import { Collapse, Flex, Typography } from 'antd';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import type { DutyItemVersion } from '../types';
import { DutyStatusTag } from './duty-status-tag';
import { VersionContent } from './version-content';

/** Every version of an item, newest first, each with its status, dates and content. */
export function VersionHistory({ versions }: { versions: DutyItemVersion[] }) {
  const t = useT();
  const locale = useLocale();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Collapse
      size="small"
      data-testid="duty-versions"
      items={sorted.map((version) => ({
        key: version.id,
        label: (
          <Flex gap="small" wrap align="center" data-testid={`duty-version-${version.version}`}>
            <Typography.Text strong>V{version.version}</Typography.Text>
            <DutyStatusTag status={version.status} />
            <Typography.Text type="secondary">
              {version.publishedAt
                ? `${t.dutyItem.publishedAt} ${formatDateTime(version.publishedAt, locale)}`
                : version.submittedAt
                  ? `${t.dutyItem.submittedAt} ${formatDateTime(version.submittedAt, locale)}`
                  : `${t.dutyItem.createdAt} ${formatDateTime(version.createdAt, locale)}`}
            </Typography.Text>
          </Flex>
        ),
        children: (
          <>
            {version.returnReason && (
              <Typography.Paragraph type="warning">
                {t.dutyItem.returnReason}: {version.returnReason}
              </Typography.Paragraph>
            )}
            {version.reviewOpinion && (
              <Typography.Paragraph data-testid="duty-version-opinion">
                {t.dutyItem.opinion}: {version.reviewOpinion}
              </Typography.Paragraph>
            )}
            <VersionContent version={version} />
          </>
        ),
      }))}
    />
  );
}
