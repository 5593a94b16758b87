import type { AuditAction, AuditEvent } from '@zeren/contracts';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import { AuditDiff } from './audit-diff';

interface AuditTableProps {
  events: AuditEvent[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** Audit events, newest first; a row expands to its before/after diff. */
export function AuditTable({ events, loading, hasMore, loadingMore, onLoadMore }: AuditTableProps) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<AuditEvent> = [
    { key: 'seq', title: '#', dataIndex: 'seq', width: 80, responsive: ['md'] },
    {
      key: 'time',
      title: t.audit.time,
      dataIndex: 'occurredAt',
      render: (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>,
    },
    {
      key: 'actor',
      title: t.audit.actor,
      dataIndex: 'actorName',
      render: (name: string | null) => name ?? t.audit.system,
    },
    {
      key: 'action',
      title: t.audit.action,
      dataIndex: 'action',
      render: (action: AuditEvent['action']) => (
        <Tag data-action={action}>{t.auditAction[action as AuditAction] ?? action}</Tag>
      ),
    },
    { key: 'recordType', title: t.audit.recordType, dataIndex: 'recordType', responsive: ['sm'] },
    {
      key: 'recordId',
      title: t.audit.recordId,
      dataIndex: 'recordId',
      responsive: ['lg'],
      render: (id: string | null) =>
        id && (
          <Typography.Text code copyable={{ text: id }}>
            {id.slice(0, 8)}
          </Typography.Text>
        ),
    },
    { key: 'ip', title: t.audit.ip, dataIndex: 'ip', responsive: ['xl'] },
  ];
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      expandable={{
        expandedRowRender: (event) => <AuditDiff event={event} />,
        rowExpandable: (event) => event.before !== null || event.after !== null,
      }}
      data-testid="audit-table"
      footer={() => (
        <Flex justify="center">
          {hasMore ? (
            <Button onClick={onLoadMore} loading={loadingMore} data-testid="audit-load-more">
              {t.common.loadMore}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t.common.noMore}</Typography.Text>
          )}
        </Flex>
      )}
    />
  );
}
