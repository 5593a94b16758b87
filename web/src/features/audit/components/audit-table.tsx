import { ExportOutlined, FilterOutlined } from '@ant-design/icons';
import type { AuditEvent } from '@zeren/contracts';
import { Button, Flex, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { RECORDS, recordTypeLabel } from '../../../app/registry';
import { ListTable } from '../../../components/list-table';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import { actionLabel } from '../../../lib/history';
import { useCan } from '../../../lib/use-can';
import { AuditDiff } from './audit-diff';

interface AuditTableProps {
  events: AuditEvent[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Narrows the log to one record's events. */
  onOnlyRecord: (recordType: string, recordId: string) => void;
}

/** A record id in full: copyable, narrowing the log to it, and opening its page for those who may read it. */
function RecordRef({
  type,
  id,
  onOnly,
}: {
  type: string;
  id: string;
  onOnly: (recordType: string, recordId: string) => void;
}) {
  const t = useT();
  const can = useCan();
  const link = RECORDS.get(type)?.link;
  return (
    <Flex gap={2} align="center" wrap={false}>
      <Typography.Text code copyable={{ text: id }} className="audit-record-id" data-testid="audit-record-id">
        {id}
      </Typography.Text>
      <Tooltip title={t.audit.onlyThisRecord}>
        <Button
          type="text"
          size="small"
          icon={<FilterOutlined />}
          aria-label={t.audit.onlyThisRecord}
          onClick={() => onOnly(type, id)}
          data-testid="audit-only-record"
        />
      </Tooltip>
      {link && can(link.permission) && (
        <Tooltip title={t.audit.openRecord}>
          <Link to={link.href(id)} aria-label={t.audit.openRecord} data-testid="audit-open-record">
            <ExportOutlined />
          </Link>
        </Tooltip>
      )}
    </Flex>
  );
}

/** Audit events, newest first, labelled; a row expands to the fields it holds. */
export function AuditTable({
  events,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
  onOnlyRecord,
}: AuditTableProps) {
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
      render: (name: string | null) => name ?? t.history.system,
    },
    {
      key: 'action',
      title: t.audit.action,
      dataIndex: 'action',
      render: (action: string) => <Tag data-action={action}>{actionLabel(t, action)}</Tag>,
    },
    {
      key: 'recordType',
      title: t.audit.recordType,
      dataIndex: 'recordType',
      responsive: ['sm'],
      render: (type: string) => (
        <span data-testid="audit-record-type" data-record-type={type}>
          {recordTypeLabel(t, type)}
        </span>
      ),
    },
    {
      key: 'recordId',
      title: t.audit.recordId,
      dataIndex: 'recordId',
      responsive: ['lg'],
      render: (id: string | null, event) =>
        id && <RecordRef type={event.recordType} id={id} onOnly={onOnlyRecord} />,
    },
    { key: 'ip', title: t.audit.ip, dataIndex: 'ip', responsive: ['xl'] },
  ];
  return (
    <ListTable<AuditEvent>
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
