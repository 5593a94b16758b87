import { App, Button, Flex, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useApprovalQueue } from '../api/list-approval-queue';
import { useDutyItemAction } from '../api/run-duty-item-action';
import { ApproveConfirm } from '../components/approve-confirm';
import { categoryLabel } from '../components/category-label';
import { DutyItemDrawer } from '../components/duty-item-drawer';
import { ReturnReasonModal } from '../components/return-reason-modal';
import type { DutyItem } from '../types';

/** 审核队列: submitted versions in the approver's scope, approved (and published) or returned here. */
export function ApprovalQueuePage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const queue = useApprovalQueue();
  const transition = useDutyItemAction();
  const [viewing, setViewing] = useState<string | null>(null);
  const [returning, setReturning] = useState<DutyItem | null>(null);

  const columns: TableColumnsType<DutyItem> = [
    { key: 'kind', title: t.dutyItem.kindLabel, render: (_, item) => t.dutyItem.kind[item.kind] },
    { key: 'code', title: t.dutyItem.code, dataIndex: 'code' },
    {
      key: 'name',
      title: t.dutyItem.name,
      render: (_, item) => (
        <Button type="link" size="small" className="link-cell" onClick={() => setViewing(item.id)}>
          {item.latest.name}
        </Button>
      ),
    },
    {
      key: 'category',
      title: t.dutyItem.category,
      render: (_, item) => categoryLabel(t, item.latest.category),
    },
    { key: 'unit', title: t.dutyItem.unit, dataIndex: 'unitName' },
    { key: 'version', title: t.dutyItem.version, render: (_, item) => `V${item.latest.version}` },
    {
      key: 'submittedAt',
      title: t.dutyItem.submittedAt,
      render: (_, item) => formatDateTime(item.latest.submittedAt, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <ApproveConfirm
            okTestId="queue-approve-confirm"
            onApprove={(opinion) =>
              transition.mutate(
                { id: item.id, action: 'approve', opinion },
                {
                  onSuccess: () => message.success(t.dutyItem.done.approved),
                  onError: (error) => onError(error),
                },
              )
            }
          >
            <Button size="small" type="primary" data-testid="queue-approve">
              {t.dutyItem.actions.approve}
            </Button>
          </ApproveConfirm>
          <Button size="small" danger onClick={() => setReturning(item)} data-testid="queue-return">
            {t.dutyItem.actions.return}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.approvals} />
      <ListTable<DutyItem>
        columns={columns}
        dataSource={queue.data ?? []}
        loading={queue.isFetching}
        locale={{ emptyText: t.approvals.empty }}
        data-testid="approval-table"
      />
      {viewing && <DutyItemDrawer target={{ mode: 'view', id: viewing }} onClose={() => setViewing(null)} />}
      {returning && (
        <ReturnReasonModal
          item={returning}
          onClose={(returned) => {
            setReturning(null);
            if (returned) message.success(t.dutyItem.done.returned);
          }}
        />
      )}
    </>
  );
}
