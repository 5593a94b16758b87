import type { AuditEvent } from '@zeren/contracts';
import { Empty, Table, type TableColumnsType } from 'antd';
import { useT } from '../../../i18n/use-t';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** The fields an event changed: every field when it only has one side, else those that differ. */
export function diffRows(before: AuditEvent['before'], after: AuditEvent['after']): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((row) => !before || !after || JSON.stringify(row.before) !== JSON.stringify(row.after));
}

export function AuditDiff({ event }: { event: AuditEvent }) {
  const t = useT();
  const rows = diffRows(event.before, event.after);
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.audit.noChanges} />;
  const value = (text: unknown) => <pre className="audit-value">{show(text)}</pre>;
  const columns: TableColumnsType<DiffRow> = [
    { key: 'field', title: t.audit.field, dataIndex: 'field', width: 160 },
    { key: 'before', title: t.audit.before, dataIndex: 'before', render: value },
    { key: 'after', title: t.audit.after, dataIndex: 'after', render: value },
  ];
  return (
    <Table<DiffRow>
      rowKey="field"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="audit-diff"
    />
  );
}
