import { Button, type TableColumnsType } from 'antd';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { PagedList } from '../../../lib/use-paged-list';
import type { DutyItem, DutyItemKind } from '../types';
import { categoryLabel } from './category-label';
import { DutyStatusTag } from './duty-status-tag';

interface DutyItemTableProps {
  /** The list shown: a power list's items have a category, a responsibility list's a handling office. */
  kind: DutyItemKind;
  /** The page of items shown, and the way to the others. */
  pager: PagedList<DutyItem>;
  onView: (item: DutyItem) => void;
}

/** Items of a list with the status of their latest version and the version the public sees. */
export function DutyItemTable({ kind, pager, onView }: DutyItemTableProps) {
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
    kind === 'power'
      ? {
          key: 'category',
          title: t.dutyItem.category,
          render: (_, item) => categoryLabel(t, item.latest.category),
        }
      : {
          // 责任清单 items have no category (职权类别): the office that carries them out instead.
          key: 'handlingOffice',
          title: t.dutyItem.handlingOffice,
          render: (_, item) => item.latest.handlingOffice ?? '—',
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
  return <ListTable<DutyItem> columns={columns} pager={pager} data-testid="duty-table" />;
}
