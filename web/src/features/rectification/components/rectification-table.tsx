import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { PagedList } from '../../../lib/use-paged-list';
import { rectificationItemHref } from '../module';
import type { RectificationItem } from '../types';
import { RectificationDueDate } from './rectification-due-date';
import { RectificationStatusTag } from './rectification-status-tag';

/**
 * 整改台账: each item's problem (linking to its page), unit, source, conduct type, responsible
 * person, deadline with the working days left or overdue, and status. On a phone the table
 * scrolls sideways inside its card.
 */
export function RectificationTable({
  pager,
  testId = 'rectification-table',
  exportList,
}: {
  pager: PagedList<RectificationItem>;
  testId?: string;
  /** The ledger's filters, for its Excel export. */
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const columns: TableColumnsType<RectificationItem> = [
    {
      key: 'problem',
      title: t.rectification.problem,
      minWidth: 240,
      render: (_, item) => (
        <Link to={rectificationItemHref(item.id)} data-testid="rectification-open">
          {item.problem}
        </Link>
      ),
    },
    { key: 'unit', title: t.rectification.unit, dataIndex: 'unitName', minWidth: 100 },
    {
      key: 'source',
      title: t.rectification.source,
      render: (_, item) =>
        item.sourceLabel
          ? `${t.rectificationSource[item.source]} ${item.sourceLabel}`
          : t.rectificationSource[item.source],
    },
    {
      key: 'conduct',
      title: t.rectification.conduct,
      minWidth: 88,
      render: (_, item) => (item.conduct ? t.conduct[item.conduct] : null),
    },
    { key: 'person', title: t.rectification.responsiblePerson, dataIndex: 'responsiblePerson' },
    {
      key: 'dueDate',
      title: t.rectification.dueDate,
      render: (_, item) => <RectificationDueDate item={item} />,
    },
    {
      key: 'status',
      title: t.rectification.status,
      render: (_, item) => <RectificationStatusTag item={item} />,
    },
  ];
  return (
    <ListTable<RectificationItem>
      columns={columns}
      pager={pager}
      exportList={exportList}
      data-testid={testId}
    />
  );
}
