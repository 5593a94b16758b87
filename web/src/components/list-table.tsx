import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/** Every list pages 20 rows at a time, with no page-size switcher and no pager for a single page. */
export const LIST_PAGINATION = { pageSize: 20, hideOnSinglePage: true, showSizeChanger: false } as const;

type ListTableProps<T> = TableProps<T> & { cardTitle?: ReactNode };

/**
 * A list in a card, as every list page shows one: keyed by id, paged like the others, and
 * scrolling sideways inside its card on a phone rather than widening the page.
 */
export function ListTable<T extends { id: string }>({ cardTitle, ...table }: ListTableProps<T>) {
  return (
    <Card size="small" className="table-card" title={cardTitle}>
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        pagination={LIST_PAGINATION}
        {...table}
      />
    </Card>
  );
}
