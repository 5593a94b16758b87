import type { AuditEvent } from '@zeren/contracts';
import { Empty, Table, type TableColumnsType, Typography } from 'antd';
import { RECORDS } from '../../../app/registry';
import { useFormatContext } from '../../../components/record-history';
import { useT } from '../../../i18n/use-t';
import { type Change, describeChanges } from '../../../lib/history';

/**
 * The fields an event holds, labelled as the record's pages label them (the stored field name
 * beside it), values read as they read there: every field when the event has one side, else
 * those that differ.
 */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const t = useT();
  const ctx = useFormatContext();
  const rows = describeChanges(event, RECORDS.get(event.recordType)?.fields, ctx, { all: true });
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.audit.noChanges} />;
  const value = (text: string | undefined, row: Change) =>
    text === undefined ? (
      '—'
    ) : (
      <span className={row.long ? 'audit-value pre-wrap' : 'audit-value'}>{text}</span>
    );
  const columns: TableColumnsType<Change> = [
    {
      key: 'field',
      title: t.audit.field,
      width: 200,
      render: (_, row) => (
        <>
          {row.label}
          {row.label !== row.field && (
            <Typography.Text type="secondary" code className="audit-field-code">
              {row.field}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'before', title: t.audit.before, render: (_, row) => value(row.before, row) },
    { key: 'after', title: t.audit.after, render: (_, row) => value(row.after, row) },
  ];
  return (
    <Table<Change>
      rowKey="field"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="audit-diff"
    />
  );
}
