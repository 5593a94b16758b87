import { Card, Empty, Flex, Grid, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListPager, ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { PagedList } from '../../../lib/use-paged-list';
import { supervisionItemHref } from '../module';
import type { SupervisionItem } from '../types';
import { SupervisionColourTag } from './supervision-colour-tag';
import { SupervisionDueDate } from './supervision-due-date';
import { SupervisionProgressBar } from './supervision-progress';
import { SupervisionStatusTag } from './supervision-status-tag';

/** The item's title, linking to its page; a sub-item tagged as such in the board. */
function TitleLink({ item, tagChild }: { item: SupervisionItem; tagChild: boolean }) {
  const t = useT();
  return (
    <Flex gap={4} align="center" wrap>
      {tagChild && item.parentId !== null && (
        <Tag data-testid="supervision-child">{t.supervision.childTag}</Tag>
      )}
      <Link to={supervisionItemHref(item.id)} data-testid="supervision-open">
        {item.title}
      </Link>
    </Flex>
  );
}

/** One item as a card (the board at phone width): the same fields as a row of the table. */
function ItemCard({ item, tagChild }: { item: SupervisionItem; tagChild: boolean }) {
  const t = useT();
  const line = (label: string, value: ReactNode) => (
    <Flex gap="small" align="baseline" wrap>
      <Typography.Text type="secondary" style={{ flex: 'none' }}>
        {label}
        {t.history.labelSuffix}
      </Typography.Text>
      <span style={{ minWidth: 0 }}>{value ?? '—'}</span>
    </Flex>
  );
  return (
    <li data-testid="supervision-card" data-colour={item.colour}>
      <Card size="small" className={`supervision-card supervision-card-${item.colour}`}>
        <Flex vertical gap={6}>
          <Flex justify="space-between" align="center" gap="small" wrap>
            <Typography.Text type="secondary" className="supervision-code">
              {item.code}
            </Typography.Text>
            <Flex gap={4} wrap>
              <SupervisionColourTag colour={item.colour} />
              <SupervisionStatusTag status={item.status} />
            </Flex>
          </Flex>
          <div className="supervision-card-title">
            <TitleLink item={item} tagChild={tagChild} />
          </div>
          {line(t.supervision.unit, item.unitName)}
          {line(t.supervision.responsiblePerson, item.responsiblePersonName)}
          {line(t.supervision.dueDate, <SupervisionDueDate item={item} />)}
          <SupervisionProgressBar item={item} />
        </Flex>
      </Card>
    </li>
  );
}

/**
 * 督办事项: each item's colour (a dot and its name), code, title, lead unit, responsible person,
 * deadline with the working days left or overdue, status and progress. A table on a desktop, one
 * card per item on a phone; either with the server's pager (the board) or whole (sub-items).
 */
export function SupervisionTable({
  pager,
  items,
  testId = 'supervision-table',
  exportList,
}: {
  /** The page of items shown and the way to the others (the board), … */
  pager?: PagedList<SupervisionItem>;
  /** … or every item shown (an item's sub-items). */
  items?: SupervisionItem[];
  testId?: string;
  /** The board's filters, for its Excel export. */
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const rows = pager ? pager.items : (items ?? []);
  const tagChild = pager !== undefined;

  if (screens.sm === false)
    return (
      <section aria-label={t.supervision.cards} data-testid={testId}>
        {rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="supervision-cards">
            {rows.map((item) => (
              <ItemCard key={item.id} item={item} tagChild={tagChild} />
            ))}
          </ul>
        )}
        {pager && (
          <Card size="small" style={{ marginTop: 12 }}>
            <ListPager pager={pager} />
          </Card>
        )}
      </section>
    );

  const columns: TableColumnsType<SupervisionItem> = [
    {
      key: 'colour',
      title: t.supervision.colour,
      render: (_, item) => <SupervisionColourTag colour={item.colour} />,
    },
    {
      key: 'code',
      title: t.supervision.code,
      render: (_, item) => <span className="supervision-code">{item.code}</span>,
    },
    {
      key: 'title',
      title: t.supervision.title,
      render: (_, item) => <TitleLink item={item} tagChild={tagChild} />,
    },
    { key: 'unit', title: t.supervision.unit, dataIndex: 'unitName' },
    {
      key: 'person',
      title: t.supervision.responsiblePerson,
      render: (_, item) =>
        item.responsiblePersonName && (
          <span className="supervision-nowrap">{item.responsiblePersonName}</span>
        ),
    },
    { key: 'dueDate', title: t.supervision.dueDate, render: (_, item) => <SupervisionDueDate item={item} /> },
    {
      key: 'status',
      title: t.supervision.status,
      render: (_, item) => <SupervisionStatusTag status={item.status} />,
    },
    {
      key: 'progress',
      title: t.supervision.progress,
      render: (_, item) => <SupervisionProgressBar item={item} />,
    },
  ];
  return pager ? (
    <ListTable<SupervisionItem>
      columns={columns}
      pager={pager}
      exportList={exportList}
      data-testid={testId}
    />
  ) : (
    <ListTable<SupervisionItem> columns={columns} dataSource={items} data-testid={testId} />
  );
}
