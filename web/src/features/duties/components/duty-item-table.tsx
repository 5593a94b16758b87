import { Button, type TableColumnsType } from 'antd';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { DutyItem } from '../types';
import { categoryLabel } from './category-label';
import { DutyStatusTag } from './duty-status-tag';

interface DutyItemTableProps {
  items: DutyItem[];
  loading: boolean;
  onView: (item: DutyItem) => void;
}

/** Items of a list with the status of their latest version and the version the public sees. */
export function DutyItemTable({ items, loading, onView }: DutyItemTableProps) {
  const t = useT();
  const columns: TableColumnsType<DutyItem> = [
    { key: 'code', title: t.dutyItem.code, dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: t.dutyItem.name,
      render: (_, item) => (
        <Button
          type="link"
          size="small"
          className="link-cell"
          onClick={() => onView(item)}
          data-testid="duty-item-open"
        >
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
    {
      key: 'status',
      title: t.dutyItem.latestStatus,
      render: (_, item) => <DutyStatusTag status={item.latest.status} />,
    },
    {
      key: 'publishedVersion',
      title: t.dutyItem.publishedVersion,
      dataIndex: 'publishedVersion',
      render: (version: number | null) => (version === null ? t.dutyItem.notPublished : `V${version}`),
    },
  ];
  return (
    <ListTable<DutyItem> columns={columns} dataSource={items} loading={loading} data-testid="duty-table" />
  );
}
