import { AuditOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import { useOpenParam } from '../../../lib/open-param';
import { useApprovalQueuePage } from '../api/list-approval-queue';
import { DutyItemDrawer } from '../components/duty-item-drawer';
import type { DutyItem } from '../types';

/**
 * 审核队列: submitted versions in the approver's scope, who submitted them and when. Each opens
 * for review: what it changes against the published version, then approve (and publish) or
 * return, with the review opinion. Only the approver's actions are offered here.
 */
export function ApprovalQueuePage() {
  const t = useT();
  const locale = useLocale();
  const queue = useApprovalQueuePage();
  const [viewing, setViewing] = useState<string | null>(null);
  const [openId, clearOpen] = useOpenParam();
  const shown = viewing ?? openId;

  const columns: TableColumnsType<DutyItem> = [
    { key: 'kind', title: t.dutyItem.kindLabel, render: (_, item) => t.dutyItem.kind[item.kind] },
    { key: 'code', title: t.dutyItem.code, dataIndex: 'code' },
    {
      key: 'name',
      title: t.dutyItem.name,
      render: (_, item) => (
        <Button
          type="link"
          size="small"
          className="link-cell"
          onClick={() => setViewing(item.id)}
          data-testid="queue-open"
        >
          {item.latest.name}
        </Button>
      ),
    },
    { key: 'unit', title: t.dutyItem.unit, dataIndex: 'unitName' },
    {
      key: 'version',
      title: t.dutyItem.version,
      render: (_, item) =>
        item.publishedVersion === null
          ? `V${item.latest.version}`
          : `V${item.publishedVersion} → V${item.latest.version}`,
    },
    {
      key: 'submittedBy',
      title: t.dutyItem.submittedBy,
      render: (_, item) => item.latest.submittedByName ?? '—',
    },
    {
      key: 'submittedAt',
      title: t.dutyItem.submittedAt,
      render: (_, item) => formatDateTime(item.latest.submittedAt, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, item) => (
        <Button
          size="small"
          type="primary"
          icon={<AuditOutlined />}
          onClick={() => setViewing(item.id)}
          data-testid="queue-review"
        >
          {t.dutyReview.open}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.approvals} />
      <Typography.Paragraph type="secondary">{t.approvals.hint}</Typography.Paragraph>
      <ListTable<DutyItem>
        columns={columns}
        pager={queue}
        exportList={{ operationId: 'exportDutyItemApprovals', query: {} }}
        locale={{ emptyText: t.approvals.empty }}
        data-testid="approval-table"
      />
      {shown && (
        <DutyItemDrawer
          key={shown}
          target={{ mode: 'view', id: shown, context: 'review' }}
          onClose={() => {
            setViewing(null);
            if (openId) clearOpen();
          }}
        />
      )}
    </>
  );
}
