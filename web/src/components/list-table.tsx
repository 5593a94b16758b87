import { Card, Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { EMPTY } from '../lib/format';

/** Every list pages 20 rows at a time, with no page-size switcher and no pager for a single page. */
export const LIST_PAGINATION = { pageSize: 20, hideOnSinglePage: true, showSizeChanger: false } as const;

/** The width a column without one is given when the table works out its smallest width. */
const COLUMN_MIN_WIDTH = 112;

type ListTableProps<T> = TableProps<T> & { cardTitle?: ReactNode; cardExtra?: ReactNode };

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/**
 * The columns as every list shows them: a blank cell reads "—" like every other blank value
 * (not in the actions column, where nothing means no action), and the actions column stays in
 * view at the right edge when the table scrolls sideways.
 */
export function listColumns<T>(columns: TableColumnsType<T> = []): TableColumnsType<T> {
  return columns.map((column) => {
    if ('children' in column) return column;
    if (column.key === 'actions') return { fixed: 'right' as const, ...column };
    const { render } = column;
    return {
      ...column,
      render: (value: unknown, record: T, index: number) => {
        const shown = render ? render(value, record, index) : value;
        return isBlank(shown) ? EMPTY : (shown as ReactNode);
      },
    };
  });
}

type Screens = ReturnType<typeof Grid.useBreakpoint>;

/**
 * The smallest width the columns shown on this screen fit in: their widths, and a common
 * minimum for the others.
 */
function minWidth<T>(columns: TableColumnsType<T>, screens: Screens): number {
  const shown = columns.filter((column) => !column.responsive || column.responsive.some((bp) => screens[bp]));
  return shown.reduce((sum, column) => {
    const width = Number(column.width ?? column.minWidth ?? COLUMN_MIN_WIDTH);
    return sum + (Number.isFinite(width) ? width : COLUMN_MIN_WIDTH);
  }, 0);
}

/**
 * A list in a card, as every list page shows one: keyed by id (unless told otherwise), paged
 * like the others (unless told otherwise). It takes
 * the card's width and wraps long text (it never runs off the page at 1280 px); only when the
 * card is narrower than its columns' smallest width (a phone) does it scroll sideways inside
 * the card, its actions column staying in view.
 */
export function ListTable<T extends object>({ cardTitle, cardExtra, columns, ...table }: ListTableProps<T>) {
  const shown = listColumns(columns);
  const screens = Grid.useBreakpoint();
  return (
    <Card size="small" className="table-card" title={cardTitle} extra={cardExtra}>
      <Table<T>
        rowKey="id"
        size="middle"
        tableLayout="auto"
        scroll={{ x: minWidth(shown, screens) }}
        pagination={LIST_PAGINATION}
        columns={shown}
        {...table}
      />
    </Card>
  );
}
