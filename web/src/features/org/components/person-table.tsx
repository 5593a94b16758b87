import type { Person } from '@zeren/contracts';
import { Button, Flex, Popconfirm, type TableColumnsType, Tag } from 'antd';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { PagedList } from '../../../lib/use-paged-list';

interface PersonTableProps {
  /** The page of persons shown, and the way to the others. */
  pager: PagedList<Person>;
  /** The list's filters, for its Excel export. */
  exportList?: ListExportTarget;
  canWrite: boolean;
  onView: (person: Person) => void;
  onEdit: (person: Person) => void;
  onDelete: (person: Person) => void;
}

/** Persons with masked phone and email, as the list endpoint returns them. */
export function PersonTable({ pager, canWrite, onView, onEdit, onDelete, exportList }: PersonTableProps) {
  const t = useT();
  const columns: TableColumnsType<Person> = [
    { key: 'name', title: t.person.name, dataIndex: 'name' },
    { key: 'position', title: t.person.position, dataIndex: 'position', responsive: ['sm'] },
    { key: 'unit', title: t.person.unit, dataIndex: 'unitName', responsive: ['md'] },
    {
      key: 'isLeader',
      title: t.person.isLeader,
      dataIndex: 'isLeader',
      responsive: ['md'],
      render: (isLeader: boolean) => (isLeader ? <Tag>{t.common.yes}</Tag> : t.common.no),
    },
    { key: 'phone', title: t.person.phone, dataIndex: 'phone', responsive: ['lg'] },
    { key: 'email', title: t.person.email, dataIndex: 'email', responsive: ['lg'] },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, person) => (
        <Flex gap={4} wrap>
          <Button size="small" type="link" onClick={() => onView(person)} data-testid="person-view">
            {t.person.view}
          </Button>
          {canWrite && (
            <>
              <Button size="small" type="link" onClick={() => onEdit(person)} data-testid="person-edit">
                {t.common.edit}
              </Button>
              <Popconfirm
                title={t.common.confirmDelete}
                okText={t.common.delete}
                cancelText={t.common.cancel}
                okButtonProps={{ danger: true }}
                onConfirm={() => onDelete(person)}
              >
                <Button size="small" type="link" danger data-testid="person-delete">
                  {t.common.delete}
                </Button>
              </Popconfirm>
            </>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <ListTable<Person> columns={columns} pager={pager} exportList={exportList} data-testid="person-table" />
  );
}
