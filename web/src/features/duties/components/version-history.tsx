import { Collapse, Flex, Typography } from 'antd';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import type { DutyItemKind, DutyItemVersion } from '../types';
import { DutyStatusTag } from './duty-status-tag';
import { VersionContent } from './version-content';

/** Every version of an item, newest first, each with its status, dates and content. */
export function VersionHistory({ versions, kind }: { versions: DutyItemVersion[]; kind: DutyItemKind }) {
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
                ? format(t.common.labelValue, {
                    label: t.dutyItem.publishedAt,
                    value: formatDateTime(version.publishedAt, locale),
                  })
                : version.submittedAt
                  ? format(t.common.labelValue, {
                      label: t.dutyItem.submittedAt,
                      value: formatDateTime(version.submittedAt, locale),
                    })
                  : format(t.common.labelValue, {
                      label: t.dutyItem.createdAt,
                      value: formatDateTime(version.createdAt, locale),
                    })}
            </Typography.Text>
          </Flex>
        ),
        children: (
          <>
            {(version.submittedByName || version.reviewedByName) && (
              <Typography.Paragraph type="secondary" data-testid="duty-version-people">
                {[
                  version.submittedByName &&
                    `${t.dutyItem.submittedBy}${t.history.labelSuffix}${version.submittedByName}${
                      version.submittedAt ? ` · ${formatDateTime(version.submittedAt, locale)}` : ''
                    }`,
                  version.reviewedByName &&
                    `${t.dutyItem.reviewedBy}${t.history.labelSuffix}${version.reviewedByName}${
                      version.reviewedAt ? ` · ${formatDateTime(version.reviewedAt, locale)}` : ''
                    }`,
                ]
                  .filter(Boolean)
                  .join(locale === 'zh-CN' ? '；' : '; ')}
              </Typography.Paragraph>
            )}
            {version.returnReason && (
              <Typography.Paragraph type="warning">
                {format(t.common.labelValue, { label: t.dutyItem.returnReason, value: version.returnReason })}
              </Typography.Paragraph>
            )}
            {version.reviewOpinion && (
              <Typography.Paragraph data-testid="duty-version-opinion">
                {format(t.common.labelValue, { label: t.dutyItem.opinion, value: version.reviewOpinion })}
              </Typography.Paragraph>
            )}
            <VersionContent version={version} kind={kind} />
          </>
        ),
      }))}
    />
  );
}
